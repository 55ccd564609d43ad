namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>One page of one of a person's lists.</summary>
internal sealed class MosaicPageDto<T>
    where T : class
{
    public ItemList<T>? Items { get; init; }

    public int Page { get; init; }

    public int? PageSize { get; init; }

    public int? NextPage { get; init; }

    public int? TotalItems { get; init; }
}
