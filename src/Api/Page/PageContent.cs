using Microsoft.AspNetCore.Components;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Api.Page.Components;

namespace SocialCare.Api.Page;

/// <summary>
/// One state of a page, ready to render: the component (<see cref="Components"/>) and its parameters, built from the
/// endpoint's own types. Rendered when the answer is written (<see cref="PageRenderer"/>).
/// </summary>
internal sealed class PageContent
{
    private readonly Func<Task<string>> _render;

    private PageContent(Func<Task<string>> render) => _render = render;

    /// <summary>The Social care page for a view.</summary>
    /// <param name="reference">The trace id, shown when a warning suggests contacting support; null otherwise.</param>
    /// <param name="accessHistoryPath">The patient's access history, linked for the patient only; null for no link.</param>
    public static PageContent ForView(
        SocialCareView view,
        PageRequest page,
        Func<SocialCareWarning, UserMessage> describe,
        Uri? supportUrl,
        string? reference = null,
        string? accessHistoryPath = null) =>
        Of<SocialCarePage>(new()
        {
            [nameof(SocialCarePage.View)] = view,
            [nameof(SocialCarePage.PagePath)] = page.PagePath,
            [nameof(SocialCarePage.AssetBase)] = page.AssetBase,
            [nameof(SocialCarePage.Full)] = page.Full is { } full ? PageRequest.NameOf(full) : null,
            [nameof(SocialCarePage.Describe)] = describe,
            [nameof(SocialCarePage.SupportUrl)] = supportUrl,
            [nameof(SocialCarePage.Reference)] = reference,
            [nameof(SocialCarePage.AccessHistoryPath)] = accessHistoryPath,
        });

    /// <summary>A message page, for an outcome that shows no record.</summary>
    /// <param name="reference">The trace id, shown where the message suggests contacting support; null elsewhere.</param>
    public static PageContent ForMessage(UserMessage message, PageRequest page, Uri? supportUrl, string? reference = null) =>
        Of<MessagePage>(new()
        {
            [nameof(MessagePage.Message)] = message,
            [nameof(MessagePage.AssetBase)] = page.AssetBase,
            [nameof(MessagePage.SupportUrl)] = supportUrl,
            [nameof(MessagePage.Reference)] = reference,
        });

    /// <summary>The patient's access history.</summary>
    /// <param name="page">This page's address (without its query) and where its files are.</param>
    /// <param name="recordPath">The patient's Social care page, which the back link leads to.</param>
    /// <param name="older">Whether this is a page of older entries (the request named <c>before</c>).</param>
    public static PageContent ForAccessHistory(AccessHistoryView view, PageRequest page, string recordPath, bool older) =>
        Of<AccessHistoryPage>(new()
        {
            [nameof(AccessHistoryPage.View)] = view,
            [nameof(AccessHistoryPage.PagePath)] = page.PagePath,
            [nameof(AccessHistoryPage.AssetBase)] = page.AssetBase,
            [nameof(AccessHistoryPage.RecordPath)] = recordPath,
            [nameof(AccessHistoryPage.Older)] = older,
        });

    /// <summary>The page's HTML, rendered into a buffer.</summary>
    public Task<string> RenderAsync() => _render();

    private static PageContent Of<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        new(() => PageRenderer.RenderAsync<TComponent>(parameters));
}
