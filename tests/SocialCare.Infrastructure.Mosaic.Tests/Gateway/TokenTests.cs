using Microsoft.Extensions.Time.Testing;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>OAuth2 client credentials: one token reused until shortly before it expires, fetched once under concurrency.</summary>
public class TokenTests : SandboxFixture
{
    [Test]
    public async Task Token_is_reused_across_views()
    {
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Partial);

        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(1));
    }

    [Test]
    public async Task Each_authority_has_its_own_token()
    {
        await Host.LookupAsync(Boroughs.Brent, SeedPeople.TwoAuthorities);
        await Host.LookupAsync(Boroughs.Ealing, SeedPeople.TwoAuthorities);

        Assert.That(Sandbox.Requests.Snapshot().Where(r => r.Method == "POST").Select(r => r.Authority), Is.EquivalentTo(new[] { "E09000005", "E09000009" }));
    }

    [Test]
    public async Task Token_is_refreshed_a_minute_before_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await RestartHostAsync(_ => { }, time);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        time.Advance(TimeSpan.FromMinutes(58));
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var beforeRefresh = Sandbox.Requests.Snapshot().Count(r => r.Method == "POST");
        time.Advance(TimeSpan.FromSeconds(61));
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(beforeRefresh, Is.EqualTo(1), "the sandbox's token lives an hour");
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(2));
    }

    [Test]
    public async Task Many_views_at_once_fetch_one_token()
    {
        var views = Enumerable.Range(0, 24).Select(_ => Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full));

        var lookups = await Task.WhenAll(views);

        Assert.That(lookups, Has.All.InstanceOf<MosaicLookup.Found>());
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_refused_token_is_replaced_once_however_many_views_saw_it_refused()
    {
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.ExpiredToken, Authority = "E09000013" });

        var lookups = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full)));

        Assert.That(lookups, Has.All.InstanceOf<MosaicLookup.Found>());
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(2), "a refusal of the old token cannot drop the new one");
    }

    [Test]
    public async Task Refused_credentials_are_believed_for_a_while_rather_than_asked_again_at_every_view()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await RestartHostAsync(_ => { }, time);
        var refused = Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.TokenRefused, Authority = "E09000013" });

        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var again = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var postsWhileBelieved = Sandbox.Requests.Snapshot().Count(r => r.Method == "POST");
        Sandbox.Faults.Remove(refused);
        time.Advance(TimeSpan.FromSeconds(31));
        var later = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(again, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.BadCredentials)));
        Assert.That(postsWhileBelieved, Is.EqualTo(1));
        Assert.That(later, Is.InstanceOf<MosaicLookup.Found>());
    }

    [Test]
    public async Task Neither_token_nor_secret_reaches_a_log_line()
    {
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        var text = string.Join('\n', Host.Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(',', r.StructuredState ?? [])));
        Assert.That(text, Does.Not.Contain("sandbox-secret"));
        Assert.That(text, Does.Not.Contain("Bearer"));
    }
}
