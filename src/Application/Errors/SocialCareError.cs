using FluentResults;

namespace SocialCare.Application.Errors;

/// <summary>
/// An expected outcome that is not a record. <see cref="Code"/> is one of <see cref="SocialCareCodes"/>; the text a
/// person reads comes from <see cref="UserMessageCatalogue"/> for the code and the <see cref="Audience"/>.
/// <see cref="IReason.Message"/> is the code too, so an error that reaches a log carries no personal data.
/// </summary>
public abstract class SocialCareError : Error
{
    /// <summary>An error with <paramref name="code"/>, worded for <paramref name="audience"/>.</summary>
    /// <param name="code">One of <see cref="SocialCareCodes"/>.</param>
    /// <param name="audience">Who reads it.</param>
    protected SocialCareError(string code, Audience audience)
        : base(code)
    {
        Code = code;
        Audience = audience;
    }

    /// <summary>The stable code, one of <see cref="SocialCareCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Who reads it, which decides its wording.</summary>
    public Audience Audience { get; }

    /// <summary>The outcome as it really was, for the audit: this error, unless it stands in for another.</summary>
    public virtual SocialCareError TrueOutcome => this;
}
