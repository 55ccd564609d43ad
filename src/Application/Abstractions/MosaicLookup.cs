using SocialCare.Domain.Records;

namespace SocialCare.Application.Abstractions;

/// <summary>What one local authority answered about one NHS number (spec §1 step 8): exactly one of five cases.</summary>
public abstract record MosaicLookup
{
    private MosaicLookup()
    {
    }

    /// <summary>Known and shared. <paramref name="UnreadableItems"/> counts items dropped because they could not be read.</summary>
    public sealed record Found(SocialCareRecord Record, int UnreadableItems = 0) : MosaicLookup;

    /// <summary>Known, but the person has not consented to sharing with third parties; nothing more was fetched.</summary>
    public sealed record NotShared : MosaicLookup;

    /// <summary>No person in this authority's Mosaic has the NHS number.</summary>
    public sealed record NotFound : MosaicLookup;

    /// <summary>More than one Mosaic person has this NHS number, so none of them can be shown.</summary>
    public sealed record SeveralPersons : MosaicLookup;

    /// <summary>No usable answer; <paramref name="Reason"/> tells operators why.</summary>
    public sealed record Unavailable(UnavailableReason Reason) : MosaicLookup;
}
