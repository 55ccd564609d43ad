using FluentResults;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Domain.Patients;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>
/// Spec §1 step 9: every authority that found and shared a record gives a source; beside data, an unavailable
/// authority gives a warning and unreadable items a partial-record warning. With no data at all, the outcome is
/// the first that applies of unavailable, record mismatch, not shared, not known. Each source's text is shown as
/// <see cref="DisplayText"/> cleans it, and ordered as shown.
/// </summary>
[UseCaseService]
internal sealed class SocialCareViewBuilder(TimeProvider time)
{
    private static readonly StringComparer AuthorityOrder = StringComparer.OrdinalIgnoreCase;

    internal Result<SocialCareView> Combine(PatientId patientId, Audience audience, IReadOnlyList<AuthorityAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);

        var sources = answers
            .Where(a => a.Lookup is MosaicLookup.Found)
            .OrderBy(a => a.Authority.Name, AuthorityOrder)
            .Select(a => RecordOrdering.Order(DisplayText.Clean(((MosaicLookup.Found)a.Lookup).Record) with { LocalAuthority = a.Authority }))
            .ToArray();

        if (sources.Length == 0)
        {
            return Result.Fail(OutcomeWithoutData(answers, audience));
        }

        var warnings = answers
            .Select(Warning)
            .OfType<SocialCareWarning>()
            .OrderBy(w => w.LocalAuthority.Name, AuthorityOrder)
            .ThenBy(w => w.Code, StringComparer.Ordinal)
            .ToArray();

        return new SocialCareView(patientId, audience, time.GetUtcNow(), sources, warnings);
    }

    private static SocialCareWarning? Warning(AuthorityAnswer answer) => answer.Lookup switch
    {
        MosaicLookup.Unavailable => new SocialCareWarning(SocialCareCodes.AuthorityUnavailableWarning, answer.Authority),
        MosaicLookup.Found { UnreadableItems: > 0 } => new SocialCareWarning(SocialCareCodes.PartialRecordWarning, answer.Authority),
        _ => null,
    };

    private static SocialCareError OutcomeWithoutData(IReadOnlyList<AuthorityAnswer> answers, Audience audience)
    {
        bool Any<TLookup>() => answers.Any(a => a.Lookup is TLookup);

        if (Any<MosaicLookup.Unavailable>())
        {
            return new UnavailableError(audience);
        }

        if (Any<MosaicLookup.SeveralPersons>())
        {
            return new RecordMismatchError(audience);
        }

        return Any<MosaicLookup.NotShared>()
            ? new NotSharedError(audience)
            : new NotKnownError(audience);
    }
}
