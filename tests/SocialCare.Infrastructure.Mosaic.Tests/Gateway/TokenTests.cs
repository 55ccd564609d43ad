using Microsoft.Extensions.DependencyInjection;
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
    public async Task Refused_credentials_are_believed_for_as_long_as_the_authoritys_setting_says()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await RestartHostAsync(s => s[GatewayHost.Key(Boroughs.Hammersmith, "Auth:RefusalRemembered")] = "00:00:05", time);
        var refused = Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.TokenRefused, Authority = "E09000013" });

        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        Sandbox.Faults.Remove(refused);
        time.Advance(TimeSpan.FromSeconds(4));
        var stillBelieved = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var postsWhileBelieved = Sandbox.Requests.Snapshot().Count(r => r.Method == "POST");
        time.Advance(TimeSpan.FromSeconds(2));
        var later = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(stillBelieved, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.BadCredentials)));
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

    [TestCase(429, UnavailableReason.RateLimited)]
    [TestCase(408, UnavailableReason.Timeout)]
    [TestCase(500, UnavailableReason.ServerError)]
    [TestCase(400, UnavailableReason.BadCredentials)]
    public async Task Token_endpoint_answer_gives_its_own_reason(int status, UnavailableReason reason)
    {
        Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.Status, Status = status, Authority = "E09000013", Resource = "token" });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(reason)));
    }

    [Test]
    public async Task Token_endpoint_failure_other_than_a_refusal_is_forgotten_after_a_few_seconds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await RestartHostAsync(_ => { }, time);
        var busy = Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.RateLimit, Authority = "E09000013", Resource = "token" });
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        Sandbox.Faults.Remove(busy);
        time.Advance(TimeSpan.FromSeconds(6));

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.InstanceOf<MosaicLookup.Found>());
    }

    [Test]
    public async Task New_tokens_that_mosaic_keeps_refusing_are_not_asked_for_at_every_view()
    {
        Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.InvalidToken, Authority = "E09000013" });

        for (var i = 0; i < 5; i++)
        {
            Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.BadCredentials)));
        }

        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(2), "the first token, and one new one after Mosaic refused it");
    }

    /// <remarks>
    /// On a test clock: 0.4 s pass while the token request is at the token endpoint, and 0.4 s more once the lookup is
    /// at Mosaic. That is 0.8 s in all, each part inside its own 0.5 s; had the attempt's timeout started before the
    /// token was fetched, it would fire at the second step. The first step counts only if the token endpoint had not
    /// begun to answer when the clock moved (the sandbox holds it a real second): otherwise the test thread was too
    /// starved to prove anything, and the step is tried again with a new host.
    /// </remarks>
    [Test]
    public async Task Time_spent_getting_a_token_is_not_charged_to_mosaics_attempt()
    {
        const int Tries = 5;
        Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.Latency, Delay = TimeSpan.FromSeconds(1), Authority = "E09000013", Resource = "token" });
        Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.Latency, Delay = TimeSpan.FromSeconds(1), Authority = "E09000013", Resource = "persons" });
        for (var tried = 1; ; tried++)
        {
            var time = await RestartOnATestClockAsync(s => s[GatewayHost.Key(Boroughs.Hammersmith, "Retries")] = "0");
            Sandbox.Requests.Clear();

            var lookup = Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
            await ArrivedAsync(SocialCare.Mosaic.Sandbox.Faults.SandboxResources.Token, 1);
            time.Advance(TimeSpan.FromSeconds(0.4));
            var tokenStillPending = Sandbox.Requests.Snapshot().Single(r => r.Method == "POST").Status is null;
            if (tokenStillPending)
            {
                await ArrivedAsync(SocialCare.Mosaic.Sandbox.Faults.SandboxResources.Persons, 1);
                time.Advance(TimeSpan.FromSeconds(0.4));

                Assert.That(await lookup.Within(), Is.InstanceOf<MosaicLookup.Found>(), "0.4 s for the token and 0.4 s for the person, each inside its own 0.5 s");
                return;
            }

            await lookup.Within();
            Assert.That(tried, Is.LessThan(Tries), "the token endpoint answered before the test clock could move every time");
        }
    }

    [Test]
    public async Task Token_is_renewed_in_the_background_and_the_valid_one_served_while_the_endpoint_is_down()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await RestartHostAsync(_ => { }, time);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        Sandbox.Faults.Add(new SocialCare.Mosaic.Sandbox.Faults.SandboxFault { Kind = SocialCare.Mosaic.Sandbox.Faults.SandboxFaultKind.Status, Status = 503, Authority = "E09000013", Resource = "token" });
        time.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(30));

        var lookup = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(lookup, Is.InstanceOf<MosaicLookup.Found>(), "the token is still valid for thirty seconds");
    }

    [Test]
    public async Task Rejecting_an_old_token_does_not_drop_the_new_one()
    {
        var tokens = Host.Services.GetRequiredService<SocialCare.Infrastructure.Mosaic.Http.MosaicTokenSources>();
        var options = Host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SocialCare.Infrastructure.Mosaic.Configuration.MosaicOptions>>().Value;
        var source = tokens.For(options.Find("E09000013")!);

        var first = await source.GetAsync(CancellationToken.None);
        source.Reject(first);
        var second = await source.GetAsync(CancellationToken.None);
        source.Reject(first);
        var third = await source.GetAsync(CancellationToken.None);

        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(third, Is.EqualTo(second));
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(2));
    }
}
