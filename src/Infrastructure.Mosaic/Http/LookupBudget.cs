using SocialCare.Application.Abstractions;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// The bytes one lookup may read from one authority (<c>SocialCare:MaxLookupBytes</c>), shared by all of its
/// requests, lists, pages, retries and re-reads, and carried on each request for <see cref="ResponseBufferHandler"/>
/// to count what it reads. Without it a council could send page after page just under <c>MaxResponseBytes</c>: 8 MiB
/// × 100 pages × 5 lists, all held until the record is built.
/// </summary>
internal sealed class LookupBudget(long maxBytes)
{
    public static readonly HttpRequestOptionsKey<LookupBudget> Key = new("SocialCare.Mosaic.LookupBudget");

    private long _read;

    /// <summary>Counts bytes read, or about to be read into a buffer of their declared length; throws once past the budget.</summary>
    public void Charge(long bytes)
    {
        if (Interlocked.Add(ref _read, bytes) > maxBytes)
        {
            throw new MosaicUnavailableException(UnavailableReason.LookupTooLarge);
        }
    }
}
