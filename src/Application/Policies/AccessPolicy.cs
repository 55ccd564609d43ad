using FluentResults;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Policies;

/// <summary>
/// Spec §1 step 4, before anything about the patient is revealed: the patient may see their own record; a carer,
/// team professional or individual professional may see it while holding the <c>SOCIAL_CARE</c> label. Any one
/// qualifying grant is enough; everything else, an unknown patient included, is denied the same way.
/// </summary>
internal static class AccessPolicy
{
    public static Result<Audience> Evaluate(PatientFacts? facts)
    {
        if (facts is null)
        {
            return Result.Fail(new AccessDeniedError());
        }

        if (facts.Grants.Any(ViewerIsThePatient))
        {
            return Audience.Patient;
        }

        return facts.Grants.Any(CaresWithTheSocialCareLabel)
            ? Audience.Other
            : Result.Fail(new AccessDeniedError());
    }

    /// <summary>
    /// For what only the patient may see (their access history, spec §7): the directory must say the viewer is the
    /// patient. Everyone else, whatever their grants and labels, and an unknown patient get the same denial as the record.
    /// </summary>
    public static Result EvaluateOnlyThePatient(PatientFacts? facts) =>
        facts is not null && facts.Grants.Any(ViewerIsThePatient) ? Result.Ok() : Result.Fail(new AccessDeniedError());

    // Only the directory can say so: a viewer id equal to the patient id proves nothing.
    private static bool ViewerIsThePatient(Grant grant) => grant.Relationship == ViewerRelationship.Self;

    private static bool CaresWithTheSocialCareLabel(Grant grant) =>
        grant.Relationship is ViewerRelationship.Carer or ViewerRelationship.TeamProfessional or ViewerRelationship.IndividualProfessional
        && grant.Holds(PrivacyLabel.SocialCare);
}
