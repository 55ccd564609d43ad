namespace SocialCare.Baseline;

/// <summary>The answer to <c>GET v1/persons</c>.</summary>
public sealed class BaselinePersonSearch
{
    public List<BaselinePerson>? Persons { get; set; }
}
