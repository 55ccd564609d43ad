namespace SocialCare.Baseline;

/// <summary>One page of one of a person's lists.</summary>
public sealed class BaselinePage<T>
{
    public List<T>? Items { get; set; }

    public int Page { get; set; }

    public int? PageSize { get; set; }

    public int? NextPage { get; set; }

    public int? TotalItems { get; set; }
}
