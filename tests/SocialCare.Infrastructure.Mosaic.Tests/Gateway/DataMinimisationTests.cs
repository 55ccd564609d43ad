using System.Net.Http.Headers;
using System.Text.Json;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>
/// Assessment contents and case-note titles and text are in what Mosaic sends, and in nothing the gateway makes;
/// no NHS number and no sentinel reaches any log line of any category, at any level.
/// </summary>
public class DataMinimisationTests : SandboxFixture
{
    private static readonly string[] SeedNumbers =
        ["9990000018", "9990000026", "9990000034", "9990000042", "9990000050", "9990000069", "9990000077", "9990000085", "9990000107"];

    [Test]
    public async Task Sentinels_are_in_the_raw_response_and_in_no_domain_object()
    {
        var raw = await RawAsync("E09000013", "v1/persons/MOS-13-0001/case-notes") + await RawAsync("E09000013", "v1/persons/MOS-13-0001/assessments");
        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(raw, Does.Contain(SandboxSentinels.Prefix), "the sandbox must serve them for this test to mean anything");
        Assert.That(ObjectStrings.Of(found.Record), Has.None.Contains(SandboxSentinels.Prefix));
        Assert.That(ObjectStrings.Of(found.Record), Has.Some.Contains("Care Act assessment"), "the walk must reach the records' strings");
    }

    [Test]
    public async Task Large_record_carries_no_sentinel_either()
    {
        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Kensington, SeedPeople.Large);

        Assert.That(ObjectStrings.Of(found.Record), Has.None.Contains(SandboxSentinels.Prefix));
    }

    [Test]
    public async Task Logs_of_every_category_at_trace_hold_no_nhs_number_and_no_sentinel()
    {
        await RestartHostAsync(s => s["SocialCare:MaxResponseBytes"] = "262144");
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Ealing, SeedPeople.NotKnown);
        await Host.LookupAsync(Boroughs.Harrow, SeedPeople.NotShared);
        await Host.LookupAsync(Boroughs.Hounslow, SeedPeople.Unavailable);
        await Host.LookupAsync(Boroughs.Hillingdon, SeedPeople.RecordMismatch);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Unreadable);
        await Host.LookupAsync(Boroughs.Kensington, SeedPeople.Large);
        foreach (var kind in new[] { SandboxFaultKind.Malformed, SandboxFaultKind.Truncated, SandboxFaultKind.Drop, SandboxFaultKind.InvalidToken, SandboxFaultKind.RateLimit })
        {
            var fault = Sandbox.Faults.Add(new SandboxFault { Kind = kind, Authority = "E09000013" });
            await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
            Sandbox.Faults.Remove(fault);
        }

        var records = Host.Logs.GetSnapshot();
        var text = string.Join('\n', records.Select(r => $"{r.Category} {r.Level} {r.Message} {string.Join(',', r.StructuredState ?? [])} {r.Exception}"));

        Assert.That(records, Is.Not.Empty);
        Assert.That(records.Select(r => r.Category), Has.Some.StartsWith("System.Net.Http.HttpClient."), "each attempt is logged");
        Assert.That(records.Select(r => r.Category), Has.Some.StartsWith("Polly"), "the resilience pipeline logs too");
        Assert.That(records.Select(r => r.Category), Has.Some.StartsWith("SocialCare.Infrastructure.Mosaic"));
        Assert.That(text, Does.Not.Contain(SandboxSentinels.Prefix));
        foreach (var number in SeedNumbers)
        {
            Assert.That(text, Does.Not.Contain(number).And.Not.Contain($"{number[..3]} {number[3..6]} {number[6..]}"));
        }

        Assert.That(text, Does.Not.Contain("MOS-13-0001"), "a Mosaic person id is not for operators' logs either");
        Assert.That(text, Does.Not.Contain("Sam Okafor"));
    }

    private async Task<string> RawAsync(string authority, string path)
    {
        using var client = new HttpClient { BaseAddress = Sandbox.AuthorityBaseUrl(authority) };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "sandbox-client",
            ["client_secret"] = "sandbox-secret",
        });
        using var token = await client.PostAsync(Sandbox.TokenUrl(authority), form);
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }
}
