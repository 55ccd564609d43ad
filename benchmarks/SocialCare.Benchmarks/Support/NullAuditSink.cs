using SocialCare.Application.Abstractions;

namespace SocialCare.Benchmarks.Support;

/// <summary>An audit store that costs nothing, so that the host's storage is not measured as SocialCare's.</summary>
public sealed class NullAuditSink : ISocialCareAuditSink
{
    public Task WriteAsync(SocialCareAuditEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;
}
