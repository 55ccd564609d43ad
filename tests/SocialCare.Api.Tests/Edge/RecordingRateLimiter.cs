using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace SocialCare.Api.Tests.Edge;

/// <summary>
/// A replacement for SocialCare's per-viewer limiter, as a host or a package would register one: it grants every
/// viewer but two, refusing <see cref="RefusedWithWait"/> with a retry-after of <see cref="Wait"/> and
/// <see cref="RefusedWithoutWait"/> with none (as a Redis limiter does). It records every permit asked for, and
/// throws on the synchronous path, which a limiter backed by a network cannot serve without blocking.
/// </summary>
internal sealed class RecordingRateLimiter : PartitionedRateLimiter<string>
{
    public const string RefusedWithWait = "test-refused-with-wait";
    public const string RefusedWithoutWait = "test-refused-without-wait";

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(42);

    private readonly ConcurrentQueue<string> _asked = new();
    private int _outstanding;

    /// <summary>The partition of every permit asked for, in order.</summary>
    public IReadOnlyList<string> Asked => [.. _asked];

    /// <summary>Leases handed out and not yet returned.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    public void Forget() => _asked.Clear();

    public override RateLimiterStatistics? GetStatistics(string resource) => null;

    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount) =>
        throw new InvalidOperationException("SocialCare asked for a permit synchronously.");

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        _asked.Enqueue(resource);
        Interlocked.Increment(ref _outstanding);
        return ValueTask.FromResult<RateLimitLease>(resource switch
        {
            RefusedWithWait => new Lease(this, acquired: false, Wait),
            RefusedWithoutWait => new Lease(this, acquired: false, retryAfter: null),
            _ => new Lease(this, acquired: true, retryAfter: null),
        });
    }

    private sealed class Lease(RecordingRateLimiter limiter, bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        private int _disposed;

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref limiter._outstanding);
            }

            base.Dispose(disposing);
        }
    }
}
