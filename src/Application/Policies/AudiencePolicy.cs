using FluentResults;
using SocialCare.Application.Errors;

namespace SocialCare.Application.Policies;

/// <summary>
/// Spec §1 step 10: to anyone but the patient, "not shared" and "record mismatch" are answered exactly as "not
/// known", so that no response reveals that someone is known to social care. The concealed outcome stays on the
/// error for the audit.
/// </summary>
internal static class AudiencePolicy
{
    public static Result<T> Conceal<T>(Result<T> result, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(result);

        if (audience == Audience.Patient || result.IsSuccess)
        {
            return result;
        }

        return result.Errors[0] is NotSharedError or RecordMismatchError
            ? Result.Fail<T>(NotKnownError.Concealing((SocialCareError)result.Errors[0]))
            : result;
    }
}
