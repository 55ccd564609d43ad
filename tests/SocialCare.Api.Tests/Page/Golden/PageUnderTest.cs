using SocialCare.Api.Page;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;

namespace SocialCare.Api.Tests.Page.Golden;

/// <summary>The pages' renderer, called directly, for the states the Host cannot produce.</summary>
internal static class PageUnderTest
{
    public static Task<string> ViewAsync(
        SocialCareView view,
        PageRequest page,
        Func<SocialCareWarning, UserMessage>? describe = null,
        Uri? supportUrl = null,
        string? reference = null,
        string? accessHistoryPath = null) =>
        PageContent.ForView(
            view, page, describe ?? (_ => throw new AssertionException("no warnings expected")), supportUrl, reference, accessHistoryPath).RenderAsync();

    public static Task<string> MessageAsync(UserMessage message, PageRequest page, Uri? supportUrl, string? reference) =>
        PageContent.ForMessage(message, page, supportUrl, reference).RenderAsync();

    public static Task<string> HistoryAsync(AccessHistoryView view, PageRequest page, string recordPath, bool older) =>
        PageContent.ForAccessHistory(view, page, recordPath, older).RenderAsync();
}
