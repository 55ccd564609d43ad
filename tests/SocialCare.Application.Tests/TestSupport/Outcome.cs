using FluentResults;
using SocialCare.Application.Errors;

namespace SocialCare.Application.Tests.TestSupport;

internal static class Outcome
{
    /// <summary>The code a result answers with: <c>social-care.shown</c> for a view, else its error's code.</summary>
    public static string CodeOf<T>(Result<T> result) =>
        result.IsSuccess ? "social-care.shown" : ErrorOf(result).Code;

    public static SocialCareError ErrorOf<T>(Result<T> result)
    {
        Assert.That(result.IsFailed, Is.True, "expected a failed result");
        Assert.That(result.Errors, Has.Count.EqualTo(1));
        return (SocialCareError)result.Errors[0];
    }
}
