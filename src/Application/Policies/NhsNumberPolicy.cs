using FluentResults;
using SocialCare.Application.Errors;
using SocialCare.Domain.Patients;

namespace SocialCare.Application.Policies;

/// <summary>
/// Spec §1 step 6: an NHS number must be recorded and pass the Modulus 11 check before any Mosaic is asked.
/// </summary>
internal static class NhsNumberPolicy
{
    public static Result<NhsNumber> Evaluate(string? recorded, Audience audience)
    {
        var created = NhsNumber.Create(recorded);
        if (created.IsValid)
        {
            return created.Value;
        }

        return created.Problem == NhsNumberProblem.Missing
            ? Result.Fail(new NoNhsNumberError(audience))
            : Result.Fail(new InvalidNhsNumberError(audience));
    }
}
