using FluentResults;
using SocialCare.Application.Errors;

namespace SocialCare.Application.Auditing;

/// <summary>How an attempt ended: the true outcome for the audit, the code the viewer was answered, and its reader.</summary>
internal sealed record AttemptOutcome(string TrueCode, string AnsweredCode, Audience Audience)
{
    /// <summary>
    /// The outcome an operator log may carry: the answered code, with the patient's own <c>not-shared</c> and
    /// <c>record-mismatch</c> written as <c>not-known</c>, as everyone else is answered. Either would say that the
    /// person is known to social care, and a log line is joined to a patient by its request scope (the path) or its
    /// time. The true outcome goes to the audit and nowhere else.
    /// </summary>
    public string Logged =>
        AnsweredCode is SocialCareCodes.NotShared or SocialCareCodes.RecordMismatch ? SocialCareCodes.NotKnown : AnsweredCode;

    public static AttemptOutcome Of<T>(Result<T> answer)
        where T : IAuditedAnswer
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.IsSuccess)
        {
            return new(SocialCareCodes.Shown, SocialCareCodes.Shown, answer.Value.Audience);
        }

        // Every error a use case returns is a SocialCareError; anything else is a bug worth an exception.
        var error = (SocialCareError)answer.Errors[0];
        return new(error.TrueOutcome.Code, error.Code, error.Audience);
    }

    /// <summary>An attempt that never answered: the caller gave up (<c>cancelled</c>), or a bug (<c>internal-error</c>).</summary>
    public static AttemptOutcome CutShort(string code) => new(code, code, Audience.Other);
}
