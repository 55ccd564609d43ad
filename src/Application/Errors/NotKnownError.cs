namespace SocialCare.Application.Errors;

/// <summary>
/// No connected local authority knows the patient (404). For anyone but the patient it also stands in for
/// <see cref="NotSharedError"/> and <see cref="RecordMismatchError"/>, so no answer reveals that someone is known to
/// social care (spec §1 step 10); the audit still sees the outcome it conceals.
/// </summary>
public sealed class NotKnownError(Audience audience) : SocialCareError(SocialCareCodes.NotKnown, audience)
{
    private SocialCareError? _concealed;

    /// <summary>The outcome this error conceals, or itself.</summary>
    public override SocialCareError TrueOutcome => _concealed ?? this;

    /// <summary>The answer a non-patient viewer gets in place of <paramref name="concealed"/>.</summary>
    public static NotKnownError Concealing(SocialCareError concealed)
    {
        ArgumentNullException.ThrowIfNull(concealed);
        return new NotKnownError(Audience.Other) { _concealed = concealed };
    }
}
