using SocialCare.Application.Abstractions;
using SocialCare.HostileMosaic;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile;

/// <summary>
/// Spec §4: no log line at any level carries anything a council sent. .NET's HTTP client quotes a bad header or
/// status line in its exception's message, and the resilience pipeline's own telemetry logged that message (and the
/// exception) at Warning and Error: the council's bytes, NHS number included, reached the log.
/// </summary>
public class CouncilTextInLogsTests : HostileFixture
{
    private const string Echo = "9990000026 SECRET-ECHO";

    private static readonly object[] Answers =
    [
        new object[] { "HTTP/1.1 200 OK\r\nX-Echo " + Echo + "\r\nContent-Length: 2\r\n\r\n{}", UnavailableReason.ConnectionFailed },
        new object[] { "HTTP/1.1 2O0 " + Echo + "\r\nContent-Length: 2\r\n\r\n{}", UnavailableReason.ConnectionFailed },
        new object[] { Echo + "\r\n\r\n", UnavailableReason.ConnectionFailed },
        // .NET keeps an invalid Content-Length aside and reads to the end of the connection: {} is then no envelope.
        new object[] { "HTTP/1.1 200 OK\r\nContent-Length: " + Echo + "\r\n\r\n{}", UnavailableReason.MalformedResponse },
    ];

    [TestCaseSource(nameof(Answers))]
    public async Task Bad_header_or_status_line_on_the_person_search_reaches_no_log_line(string answer, UnavailableReason reason)
    {
        await using var host = HostFor(_ => HostileAnswer.Raw(answer));

        var lookup = await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(reason)));
        AssertNoCouncilText(host);
    }

    [TestCaseSource(nameof(Answers))]
    public async Task Bad_header_or_status_line_on_a_list_reaches_no_log_line(string answer, UnavailableReason reason)
    {
        await using var host = HostFor(request => CleanCouncil.ListOf(request) == "case-notes" ? HostileAnswer.Raw(answer) : CleanCouncil.Answer(request));

        var lookup = await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(reason)));
        AssertNoCouncilText(host);
    }

    [Test]
    public async Task Resilience_events_are_still_logged_by_event_type_and_attempt()
    {
        await using var host = HostFor(_ => HostileAnswer.Raw("HTTP/1.1 200 OK\r\nX-Echo " + Echo + "\r\n\r\n"));

        await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown);

        var polly = host.Logs.GetSnapshot().Where(r => r.Category == "Polly").ToList();
        Assert.That(polly.Select(r => r.Message), Has.Some.Contains("OnRetry"), "operators still see that an attempt was retried");
        Assert.That(polly.Select(r => r.Message), Has.Some.Contains(nameof(HttpRequestException)), "and why, by type");
    }

    private static void AssertNoCouncilText(GatewayHost host)
    {
        var records = host.Logs.GetSnapshot();
        Assert.That(records.Select(r => r.Category), Has.Some.StartsWith("Polly"), "the resilience pipeline saw the failures");
        foreach (var record in records)
        {
            var text = $"{record.Category} {record.Level} {record.Message} {string.Join(',', record.StructuredState ?? [])} {record.Exception} {string.Join(',', record.Scopes)}";
            Assert.That(text, Does.Not.Contain("SECRET").And.Not.Contain("9990000026").And.Not.Contain("999 000 0026"), $"{record.Category} {record.Id} at {record.Level}");
        }
    }
}
