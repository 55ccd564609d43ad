using SocialCare.Infrastructure.Mosaic.Dialects;

namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>Every page of one list as a dialect read it, and how many items were past reading (spec §4).</summary>
internal sealed record ReadList<T>(IReadOnlyList<MosaicItem<T>> Items, int Unreadable)
    where T : class;
