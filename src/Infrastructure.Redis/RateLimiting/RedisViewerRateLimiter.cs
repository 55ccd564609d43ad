using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using SocialCare.Infrastructure.Redis.Configuration;
using StackExchange.Redis;

namespace SocialCare.Infrastructure.Redis.RateLimiting;

/// <summary>
/// The per-viewer limit shared by every instance: RedisRateLimiting's token bucket per viewer (<c>PermitsPerMinute</c>
/// permits, one back every refill period), asked asynchronously only. It fails open: when Redis does not answer within
/// <c>RedisTimeout</c>, or cannot be reached, or answers an error, the permit comes from the same bucket in this
/// instance's memory, so the page stays up and each instance still holds the limit on its own. That is logged once
/// (event 1701, no viewer id) and counted on every fallen-back permit (<c>socialcare.ratelimit.fallback</c>); for
/// <see cref="RetryInterval"/> after a failure the memory answers without asking Redis, then Redis is asked again, and
/// the first answer logs the return (event 1702).
/// </summary>
internal sealed partial class RedisViewerRateLimiter : PartitionedRateLimiter<string>
{
    /// <summary>How long after a failure permits come from memory without trying Redis: one slow permit per interval, not every one.</summary>
    internal static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);

    private readonly RedisConnection _connection;
    private readonly RedisRateLimitOptions _options;
    private readonly TimeProvider _time;
    private readonly RateLimitTelemetry _telemetry;
    private readonly ILogger<RedisViewerRateLimiter> _logger;
    private readonly PartitionedRateLimiter<string> _memory;
    private readonly Lock _gate = new();
    private bool _failing;
    private string _reason = FallbackReason.Unreachable;
    private long _failedAt;
    private long _retryAt;

    public RedisViewerRateLimiter(
        RedisConnection connection,
        IOptions<RedisRateLimitOptions> options,
        TimeProvider time,
        RateLimitTelemetry telemetry,
        ILogger<RedisViewerRateLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = connection;
        _options = options.Value;
        _time = time;
        _telemetry = telemetry;
        _logger = logger;
        _memory = InMemory(_options);
    }

    public override RateLimiterStatistics? GetStatistics(string resource) => null;

    /// <summary>Never: a permit may wait on the network, which would block a thread here. SocialCare acquires asynchronously.</summary>
    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount) =>
        throw new NotSupportedException("The shared per-viewer rate limit is acquired with AcquireAsync only: the synchronous path would block on Redis.");

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (SkipRedis() is { } skipped)
        {
            return await FromMemoryAsync(resource, permitCount, skipped, cancellationToken).ConfigureAwait(false);
        }

        var fromRedis = AcquireFromRedisAsync(resource, permitCount);
        try
        {
            var lease = await fromRedis.WaitAsync(_options.RedisTimeout, _time, cancellationToken).ConfigureAwait(false);
            Answered();
            if (lease.IsAcquired)
            {
                return lease;
            }

            lease.Dispose();
            return new RefusedLease(_options.RefillPeriod * permitCount);
        }
        catch (Exception exception) when (ReasonFor(exception) is { } reason && !cancellationToken.IsCancellationRequested)
        {
            Observe(fromRedis);
            Failed(reason, exception);
            return await FromMemoryAsync(resource, permitCount, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _memory.Dispose();
            _connection.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _memory.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }

    /// <summary>The bucket in this instance's memory: the API's default, the limit each instance holds while Redis is away.</summary>
    internal static PartitionedRateLimiter<string> InMemory(RedisRateLimitOptions options) =>
        PartitionedRateLimiter.Create<string, string>(
            viewer => RateLimitPartition.GetTokenBucketLimiter(viewer, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.PermitsPerMinute,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = options.RefillPeriod,
                QueueLimit = 0,
                AutoReplenishment = true,
            }),
            StringComparer.Ordinal);

    private static string? ReasonFor(Exception exception) => exception switch
    {
        TimeoutException => FallbackReason.Timeout,
        RedisConnectionException => FallbackReason.Unreachable,
        RedisException => FallbackReason.Error,
        _ => null,
    };

    /// <summary>A Redis call given up on still ends some time; its failure must not surface as an unobserved exception.</summary>
    private static void Observe(Task task) =>
        task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private async Task<RateLimitLease> AcquireFromRedisAsync(string viewer, int permitCount)
    {
        var multiplexer = await _connection.GetAsync().ConfigureAwait(false);
        // One small limiter per permit rather than the package's partitioned cache, which would keep one per viewer for ever.
        using var bucket = new RedisTokenBucketRateLimiter<string>(ViewerKey.For(viewer), new RedisTokenBucketRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => multiplexer,
            TokenLimit = _options.PermitsPerMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = _options.RefillPeriod,
        });
        return await bucket.AcquireAsync(permitCount).ConfigureAwait(false);
    }

    private ValueTask<RateLimitLease> FromMemoryAsync(string viewer, int permitCount, string reason, CancellationToken cancellationToken)
    {
        _telemetry.FellBack(reason);
        return _memory.AcquireAsync(viewer, permitCount, cancellationToken);
    }

    /// <summary>The reason of the last failure while Redis is left alone after it, otherwise null: ask Redis.</summary>
    private string? SkipRedis()
    {
        lock (_gate)
        {
            return _failing && _time.GetTimestamp() < _retryAt ? _reason : null;
        }
    }

    private void Failed(string reason, Exception exception)
    {
        bool first;
        lock (_gate)
        {
            first = !_failing;
            var now = _time.GetTimestamp();
            if (first)
            {
                _failedAt = now;
            }

            _failing = true;
            _reason = reason;
            _retryAt = now + (long)(RetryInterval.TotalSeconds * _time.TimestampFrequency);
        }

        if (first)
        {
            LogFellBack(_logger, reason, exception.GetType().Name, _options.RedisTimeout);
        }
    }

    private void Answered()
    {
        long failedAt;
        lock (_gate)
        {
            if (!_failing)
            {
                return;
            }

            _failing = false;
            failedAt = _failedAt;
        }

        var away = _time.GetElapsedTime(failedAt);
        LogRecovered(_logger, (long)away.TotalSeconds);
    }

    [LoggerMessage(EventId = 1701, Level = LogLevel.Warning, Message = "Redis of the per-viewer rate limit {Reason} ({ExceptionType}, timeout {RedisTimeout}): this instance counts permits in its own memory until Redis answers again")]
    private static partial void LogFellBack(ILogger logger, string reason, string exceptionType, TimeSpan redisTimeout);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Information, Message = "Redis of the per-viewer rate limit answers again after {Seconds} s: the limit is shared by every instance again")]
    private static partial void LogRecovered(ILogger logger, long seconds);
}
