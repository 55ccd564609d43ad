using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SocialCare.Infrastructure.Redis.Configuration;

/// <summary>
/// Stops the host at start-up, naming the key, when the shared limiter cannot work. Never repeats the connection
/// string, which may hold a password.
/// </summary>
internal sealed class RedisRateLimitOptionsValidator : IValidateOptions<RedisRateLimitOptions>
{
    private const string Section = RedisRateLimitOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, RedisRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            failures.Add($"{Section}:Redis is required by AddSocialCareRedisRateLimit: a StackExchange.Redis connection string, such as redis.internal:6379,password=….");
        }
        else if (!Parses(options.Redis))
        {
            failures.Add($"{Section}:Redis is not a valid StackExchange.Redis connection string.");
        }

        if (options.RedisTimeout <= TimeSpan.Zero || options.RedisTimeout > RedisRateLimitOptions.MaxRedisTimeout)
        {
            failures.Add($"{Section}:RedisTimeout must be greater than zero and at most {RedisRateLimitOptions.MaxRedisTimeout} (it is {options.RedisTimeout}).");
        }

        if (options.PermitsPerMinute is < 1 or > RedisRateLimitOptions.MaxPermitsPerMinute)
        {
            failures.Add($"{Section}:PermitsPerMinute must be between 1 and {RedisRateLimitOptions.MaxPermitsPerMinute}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Parses(string connectionString)
    {
        try
        {
            return ConfigurationOptions.Parse(connectionString).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RedisConnectionException)
        {
            return false;
        }
    }
}
