using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>
/// Every sandbox fault, over loopback HTTP, gives its exact answer (spec §1 step 8) with the retries the contract
/// allows and no more. Attempts are retried once. Where a test says how long something takes, or that nothing is
/// waited for, it runs on a test clock that moves only when the test advances it, with attempts of 0.5 s; elsewhere
/// attempts have a generous 5 s of the machine's clock (a hang then costs two of them).
/// </summary>
public class FaultTests : SandboxFixture
{
    private static readonly object[] Faults =
    [
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503 }, UnavailableReason.ServerError, 2 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Status, Status = 500 }, UnavailableReason.ServerError, 2 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Status, Status = 408 }, UnavailableReason.Timeout, 2 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Status, Status = 404 }, UnavailableReason.Other, 1 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Status, Status = 400 }, UnavailableReason.Other, 1 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Status, Status = 403 }, UnavailableReason.BadCredentials, 1 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.RateLimit, RetryAfterSeconds = 30 }, UnavailableReason.RateLimited, 1 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Hang }, UnavailableReason.Timeout, 2 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Malformed }, UnavailableReason.MalformedResponse, 1 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Truncated }, UnavailableReason.ConnectionFailed, 2 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.Drop }, UnavailableReason.ConnectionFailed, 2 },
        new object[] { new SandboxFault { Kind = SandboxFaultKind.InvalidToken }, UnavailableReason.BadCredentials, 2 },
    ];

    [TestCaseSource(nameof(Faults))]
    public async Task Fault_on_the_person_lookup_gives_its_reason_after_the_allowed_attempts(SandboxFault fault, UnavailableReason reason, int attempts)
    {
        Sandbox.Faults.Add(fault with { Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons });

        var lookup = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(reason)));
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Resource == SandboxResources.Persons), Is.EqualTo(attempts));
    }

    [TestCase(SandboxResources.WorkerRelationships)]
    [TestCase(SandboxResources.ServiceAgreements)]
    [TestCase(SandboxResources.Assessments)]
    [TestCase(SandboxResources.CaseNotes)]
    [TestCase(SandboxResources.CommunicationNeeds)]
    public async Task One_list_failing_makes_the_authority_unavailable(string list)
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Malformed, Authority = Boroughs.Hammersmith.Code.Value, Resource = list });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.MalformedResponse)));
    }

    [Test]
    public async Task The_list_that_failed_gives_the_reason_not_the_lists_stopped_because_of_it()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Latency, Delay = TimeSpan.FromMilliseconds(300), Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.WorkerRelationships });
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 500, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.CommunicationNeeds });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ServerError)));
    }

    [Test]
    public async Task Transient_failure_once_is_retried_and_the_record_shown()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons, Times = 1 });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.InstanceOf<MosaicLookup.Found>());
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Resource == SandboxResources.Persons), Is.EqualTo(2));
    }

    [Test]
    public async Task Rate_limit_with_a_short_retry_after_is_waited_for_and_retried()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.RateLimit, RetryAfterSeconds = 0, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons, Times = 1 });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.InstanceOf<MosaicLookup.Found>());
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Resource == SandboxResources.Persons), Is.EqualTo(2));
    }

    [Test]
    public async Task Rate_limit_asking_for_longer_than_an_attempt_is_not_waited_for()
    {
        // The clock stands still: a lookup that waited for Mosaic's 30 s, or any part of them, would never end.
        await RestartOnATestClockAsync();
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.RateLimit, RetryAfterSeconds = 30, Authority = Boroughs.Hammersmith.Code.Value });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full).Within(), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.RateLimited)));
        Assert.That(Arrived(SandboxResources.Persons), Is.EqualTo(1), "not retried");
    }

    [Test]
    public async Task Slow_answer_inside_the_attempt_timeout_is_shown()
    {
        // Mosaic takes a (real) second to answer the lookup; meanwhile the test clock passes all of the 0.5 s attempt
        // timeout but a tick. The answer is still taken, from the first attempt.
        var time = await RestartOnATestClockAsync();
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Latency, Delay = TimeSpan.FromSeconds(1), Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons });

        var lookup = Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await ArrivedAsync(SandboxResources.Persons, 1);
        time.Advance(TestClockAttemptTimeout - TimeSpan.FromTicks(1));

        Assert.That(await lookup.Within(), Is.InstanceOf<MosaicLookup.Found>());
        Assert.That(Arrived(SandboxResources.Persons), Is.EqualTo(1), "not retried");
    }

    [Test]
    public async Task Hang_costs_at_most_the_attempts_and_their_back_off()
    {
        // The total timeout is 1.5 s (two attempts of 0.5 s, a wait of at most 0.5 s), inside the 5 s deadline:
        // once Mosaic holds the first attempt, 1.5 s on the test clock end the lookup, and nothing else moves it.
        var time = await RestartOnATestClockAsync();
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Hang, Authority = Boroughs.Hammersmith.Code.Value });

        var lookup = Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await ArrivedAsync(SandboxResources.Persons, 1);
        time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.That(await lookup.Within(), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.Timeout)));
    }

    [Test]
    public async Task Response_larger_than_the_cap_is_unavailable_and_not_retried()
    {
        await RestartHostAsync(s => s["SocialCare:MaxResponseBytes"] = "65536");
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Oversize, Bytes = 200_000, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ResponseTooLarge)));
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Resource == SandboxResources.Persons), Is.EqualTo(1));
    }

    [Test]
    public async Task List_whose_pages_pass_the_cap_is_read_again_in_smaller_pages()
    {
        await RestartHostAsync(s => s["SocialCare:MaxResponseBytes"] = "131072");

        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Kensington, SeedPeople.Large);

        Assert.That(found.Record.CaseNotes, Has.Count.EqualTo(5000));
        Assert.That(found.Record.Assessments, Has.Count.EqualTo(500));
        Assert.That(
            Sandbox.Requests.Snapshot().Where(r => r.Resource == SandboxResources.CaseNotes).Select(r => r.QueryString).Distinct().Count(q => q.EndsWith("pageSize=200", StringComparison.Ordinal)),
            Is.EqualTo(25));
    }

    [Test]
    public async Task List_whose_smallest_pages_pass_the_cap_makes_the_authority_unavailable()
    {
        await RestartHostAsync(s => s["SocialCare:MaxResponseBytes"] = "4096");

        Assert.That(await Host.LookupAsync(Boroughs.Kensington, SeedPeople.Large), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ResponseTooLarge)));
    }

    [Test]
    public async Task Rate_limit_is_waited_for_as_long_as_mosaic_asks_within_the_longest_wait()
    {
        // The clock stands still: waiting any part of Mosaic's second would never end.
        await RestartOnATestClockAsync(s => s[GatewayHost.Key(Boroughs.Hammersmith, "AttemptTimeout")] = "00:00:02");
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.RateLimit, RetryAfterSeconds = 1, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons, Times = 1 });

        var lookup = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full).Within();

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.RateLimited)), "one second is longer than the half-second longest wait");
        Assert.That(Arrived(SandboxResources.Persons), Is.EqualTo(1), "nothing is waited for, so nothing is retried");
    }

    [Test]
    public async Task Refused_client_credentials_are_bad_credentials_and_the_token_post_is_not_retried()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.TokenRefused, Authority = Boroughs.Hammersmith.Code.Value });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.BadCredentials)));
        Assert.That(Sandbox.Requests.Snapshot().Select(r => r.Method), Is.EqualTo(new[] { "POST" }));
    }

    [Test]
    public async Task Token_endpoint_failing_is_a_server_error_and_is_not_retried()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Token });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ServerError)));
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(1));
    }

    [Test]
    public async Task Expired_token_is_replaced_once_and_the_record_shown()
    {
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.ExpiredToken, Authority = Boroughs.Hammersmith.Code.Value });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.InstanceOf<MosaicLookup.Found>());
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(2));
    }

    [Test]
    public async Task Token_refused_by_mosaic_twice_is_bad_credentials_after_one_new_token()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.InvalidToken, Authority = Boroughs.Hammersmith.Code.Value });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.BadCredentials)));
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "POST"), Is.EqualTo(2));
    }

    [Test]
    public async Task Api_key_is_accepted_and_no_token_is_asked_for()
    {
        await RestartHostAsync(s =>
        {
            s[GatewayHost.Key(Boroughs.Hammersmith, "Auth:Mode")] = "ApiKey";
            s[GatewayHost.Key(Boroughs.Hammersmith, "Auth:ApiKey")] = "sandbox-api-key";
        });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.InstanceOf<MosaicLookup.Found>());
        Assert.That(Sandbox.Requests.Snapshot().Select(r => r.Method).Distinct(), Is.EqualTo(new[] { "GET" }));
    }

    [Test]
    public async Task Wrong_api_key_is_bad_credentials()
    {
        await RestartHostAsync(s =>
        {
            s[GatewayHost.Key(Boroughs.Hammersmith, "Auth:Mode")] = "ApiKey";
            s[GatewayHost.Key(Boroughs.Hammersmith, "Auth:ApiKey")] = "not-the-key";
        });

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.BadCredentials)));
    }

    [Test]
    public async Task Nothing_listening_is_a_connection_failure()
    {
        await RestartHostAsync(s => s[GatewayHost.Key(Boroughs.Hammersmith, "BaseUrl")] = "http://127.0.0.1:9/E09000013/");

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ConnectionFailed)));
    }

    [Test]
    public async Task Caller_giving_up_cancels_the_lookup_promptly()
    {
        // The clock stands still, so no timeout of the library's can end the hanging lookup: only the caller can.
        await RestartOnATestClockAsync();
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Hang, Authority = Boroughs.Hammersmith.Code.Value });
        using var caller = new CancellationTokenSource();

        var lookup = Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full, caller.Token);
        await ArrivedAsync(SandboxResources.Persons, 1);
        await caller.CancelAsync();

        Assert.That(async () => await lookup.Within(), Throws.InstanceOf<OperationCanceledException>());
    }
}
