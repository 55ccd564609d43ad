namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>The requests one authority of the sandbox received: person lookups, list pages, token requests, anything else.</summary>
internal sealed record AuthorityCalls(int Lookups, int ListPages, int TokenPosts, int Other)
{
    public static AuthorityCalls None { get; } = new(0, 0, 0, 0);

    public AuthorityCalls Add(AuthorityCalls other) =>
        new(Lookups + other.Lookups, ListPages + other.ListPages, TokenPosts + other.TokenPosts, Other + other.Other);

    public AuthorityCalls Minus(AuthorityCalls other) =>
        new(Lookups - other.Lookups, ListPages - other.ListPages, TokenPosts - other.TokenPosts, Other - other.Other);

    public override string ToString() => $"lookups {Lookups}, list pages {ListPages}, token {TokenPosts}, other {Other}";
}
