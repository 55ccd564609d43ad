using SocialCare.Application.Errors;

namespace SocialCare.Api.Errors;

/// <summary>The viewer asked too often (429); <see cref="RetryAfter"/> becomes the <c>Retry-After</c> header.</summary>
internal sealed class RateLimitedError(TimeSpan retryAfter) : SocialCareError(SocialCareCodes.RateLimited, Audience.Other)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
