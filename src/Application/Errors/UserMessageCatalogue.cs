using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;

namespace SocialCare.Application.Errors;

/// <summary>
/// The one place that says what each outcome and warning code means to the person reading it.
/// <c>docs/user-messages.md</c> is generated from <see cref="Templates"/> and checked byte for byte by a test.
/// </summary>
public sealed class UserMessageCatalogue
{
    // Spec §1 step 10: for anyone but the patient, not-shared and record-mismatch read exactly as not-known.
    private static readonly UserMessage NotKnownForOthers = new(
        "No social care information found",
        "We could not find any social care information about this person at the local authorities connected to " +
        "PKB. If you think they should have a record, speak to their social care team.");

    private readonly string _support;

    /// <summary>The catalogue, with <c>SocialCare:SupportUrl</c> in the messages that suggest contacting support.</summary>
    /// <param name="options">Section <c>SocialCare</c>.</param>
    public UserMessageCatalogue(IOptions<SocialCareOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var supportUrl = options.Value.SupportUrl;
        _support = supportUrl is null ? "contact support" : $"contact support at {supportUrl}";
    }

    /// <summary>Every code of spec §2, outcomes first, then warnings.</summary>
    public static IReadOnlyList<UserMessageTemplate> Templates { get; } =
    [
        new(
            SocialCareCodes.BadRequest,
            new("This page address is not valid", "This page address is not valid. Go back to your record and open Social care again."),
            new("This page address is not valid", "This page address is not valid. Go back to the record and open Social care again.")),
        new(
            SocialCareCodes.Unauthenticated,
            new("You need to sign in", "You need to sign in to see this page. Sign in to PKB, then open Social care again."),
            new("You need to sign in", "You need to sign in to see this page. Sign in to PKB, then open Social care again.")),
        new(
            SocialCareCodes.AccessDenied,
            new("You cannot see this social care information", "You do not have access to this social care information. If you think you should, ask the person whose record it is: they can change who sees it in the Sharing section of their record."),
            new("You cannot see this social care information", "You do not have access to this person's social care information. If you think you should, ask them: they can change who sees it in the Sharing section of their record.")),
        new(
            SocialCareCodes.NotInPilot,
            new("Social care information is not available here yet", "Social care information is only shown for people linked to a care team in an area taking part in this service, and you are not linked to one yet. It will appear here if that changes."),
            new("Social care information is not available here yet", "Social care information is only shown for people linked to a care team in an area taking part in this service, and this person is not linked to one yet.")),
        new(
            SocialCareCodes.NotShared,
            new("Your social care information is not shared", "You have not agreed to share your social care information with other organisations in Mosaic, so we cannot show it here. If you would like to see it in PKB, speak to your social care team: they can change this setting in Mosaic."),
            NotKnownForOthers),
        new(
            SocialCareCodes.NotKnown,
            new("No social care information found", "We could not find any social care information about you at the local authorities connected to PKB. If you think you should have a record, speak to your social care team."),
            NotKnownForOthers),
        new(
            SocialCareCodes.MethodNotAllowed,
            new("This page can only be viewed", "Social care information can only be viewed here, not changed. To change it, speak to your social care team."),
            new("This page can only be viewed", "Social care information can only be viewed here, not changed. To change it, speak to the person's social care team.")),
        new(
            SocialCareCodes.RecordMismatch,
            new("We could not match your social care record", "Your NHS number matches more than one record in Mosaic, so we cannot safely show your social care information. Speak to your social care team so that they can correct it."),
            NotKnownForOthers),
        new(
            SocialCareCodes.NoNhsNumber,
            new("No NHS number is recorded", "We cannot look for your social care information because your PKB record has no NHS number. Ask a clinician who cares for you in PKB to add your NHS number to your record."),
            new("No NHS number is recorded", "We cannot look for this person's social care information because their PKB record has no NHS number. A clinician who cares for them in PKB can add it.")),
        new(
            SocialCareCodes.InvalidNhsNumber,
            new("The NHS number needs checking", "The NHS number in your PKB record is not valid, so we cannot look for your social care information. Ask a clinician who cares for you in PKB to check and correct your NHS number."),
            new("The NHS number needs checking", "The NHS number in this person's PKB record is not valid, so we cannot look for their social care information. A clinician who cares for them in PKB can check and correct it.")),
        new(
            SocialCareCodes.RateLimited,
            new("Please wait a moment", "This page has been opened many times in a short while. Wait a minute, then try again."),
            new("Please wait a moment", "This page has been opened many times in a short while. Wait a minute, then try again.")),
        new(
            SocialCareCodes.InternalError,
            new("Something went wrong", "Something went wrong on our side and we cannot show this page. Try again in a few minutes. If it keeps happening, {support}."),
            new("Something went wrong", "Something went wrong on our side and we cannot show this page. Try again in a few minutes. If it keeps happening, {support}.")),
        new(
            SocialCareCodes.Unavailable,
            new("Social care information is unavailable right now", "We cannot connect to the social care system to get your information at the moment. Refresh the page in a few minutes. If the problem goes on, {support}."),
            new("Social care information is unavailable right now", "We cannot connect to the social care system to get this person's information at the moment. Refresh the page in a few minutes. If the problem goes on, {support}.")),
        new(
            SocialCareCodes.AuthorityUnavailableWarning,
            new("Some information may be missing", "We could not reach {authority} just now, so information they hold about you may be missing. Refresh the page in a few minutes. If the problem goes on, {support}."),
            new("Some information may be missing", "We could not reach {authority} just now, so information they hold about this person may be missing. Refresh the page in a few minutes. If the problem goes on, {support}.")),
        new(
            SocialCareCodes.PartialRecordWarning,
            new("Some items could not be shown", "Some items from {authority} could not be read, so they are not shown here. If something seems to be missing, speak to your social care team."),
            new("Some items could not be shown", "Some items from {authority} could not be read, so they are not shown here. If something seems to be missing, speak to the person's social care team.")),
    ];

    // After Templates: static initializers run in the order they are written.
    private static readonly FrozenDictionary<string, UserMessageTemplate> ByCode = Templates.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    /// <summary>The message for <paramref name="code"/> as <paramref name="audience"/> should read it.</summary>
    /// <param name="authorityName">The local authority a warning names; required by warnings, ignored otherwise.</param>
    /// <exception cref="ArgumentException">The code is not in the catalogue: a bug.</exception>
    /// <param name="code">One of <see cref="SocialCareCodes"/>.</param>
    /// <param name="audience">Who reads it.</param>
    /// <returns>The title and text.</returns>
    public UserMessage Describe(string code, Audience audience, string? authorityName = null)
    {
        if (!ByCode.TryGetValue(code, out var template))
        {
            throw new ArgumentException($"No message for code '{code}'.", nameof(code));
        }

        var message = audience == Audience.Patient ? template.ForPatient : template.ForOthers;
        return message with { Text = Fill(message.Text, authorityName) };
    }

    private string Fill(string text, string? authorityName)
    {
        text = text.Replace("{support}", _support, StringComparison.Ordinal);
        if (text.Contains("{authority}", StringComparison.Ordinal))
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(authorityName);
            text = text.Replace("{authority}", authorityName, StringComparison.Ordinal);
        }

        return text;
    }
}
