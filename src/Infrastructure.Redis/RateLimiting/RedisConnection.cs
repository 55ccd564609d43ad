using Microsoft.Extensions.Options;
using SocialCare.Infrastructure.Redis.Configuration;
using StackExchange.Redis;

namespace SocialCare.Infrastructure.Redis.RateLimiting;

/// <summary>
/// The one multiplexer of this instance, connected on first use. It never throws for a Redis that is down: it
/// connects in the background and keeps reconnecting, and with <see cref="BacklogPolicy.FailFast"/> a command sent
/// while it is disconnected fails at once instead of queueing behind the outage.
/// </summary>
internal sealed class RedisConnection(IOptions<RedisRateLimitOptions> options) : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private Task<IConnectionMultiplexer>? _connecting;

    /// <summary>The multiplexer, connected or still connecting; a connect that threw is tried again on the next call.</summary>
    public Task<IConnectionMultiplexer> GetAsync()
    {
        lock (_gate)
        {
            if (_connecting is null || _connecting.IsFaulted || _connecting.IsCanceled)
            {
                _connecting = ConnectAsync(Configure(options.Value.Redis!));
            }

            return _connecting;
        }
    }

    /// <summary>The host's connection string, with what the fail-open limiter depends on set over it.</summary>
    internal static ConfigurationOptions Configure(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        // Back within seconds of Redis returning, without a reconnect storm while it is away.
        configuration.ReconnectRetryPolicy = new ExponentialRetry(deltaBackOffMilliseconds: 500, maxDeltaBackOffMilliseconds: 5000);
        configuration.ClientName ??= "socialcare-rate-limit";
        return configuration;
    }

    public async ValueTask DisposeAsync()
    {
        if (Take() is { } multiplexer)
        {
            await multiplexer.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => Take()?.Dispose();

    /// <summary>The connected multiplexer, once: a connect still running is left to end on its own.</summary>
    private IConnectionMultiplexer? Take()
    {
        lock (_gate)
        {
            var connecting = _connecting;
            _connecting = null;
            return connecting is { IsCompletedSuccessfully: true } ? connecting.Result : null;
        }
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration) =>
        await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
}
