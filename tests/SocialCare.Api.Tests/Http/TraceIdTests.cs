using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;

namespace SocialCare.Api.Tests.Http;

/// <summary>
/// The trace id a problem quotes: a valid incoming <c>traceparent</c>'s, never one taken from <c>Request-Id</c>,
/// and the same one the audit records for the attempt. Run twice: with a log provider, ASP.NET Core starts an
/// activity for each request and SocialCare quotes it; without one, there is none and SocialCare starts its own.
/// </summary>
[TestFixture(true)]
[TestFixture(false)]
public class TraceIdTests(bool hostLogs) : DemoHostFixture
{
    private const string TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private const string TraceIdOfTraceParent = "0af7651916cd43dd8448eb211c80319c";

    private protected override DemoHostFactory CreateHost() => new() { Logging = hostLogs ? logging => logging.AddFakeLogging() : null };

    [Test]
    public async Task Problem_quotes_the_trace_id_of_a_valid_traceparent()
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), Demo.Unrelated, ("traceparent", TraceParent));

        Assert.That(TraceIdOf(answer), Is.EqualTo(TraceIdOfTraceParent));
    }

    [TestCase("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")]
    [TestCase("|0af7651916cd43dd8448eb211c80319c.b7ad6b7169203331.")]
    public async Task Request_id_alone_does_not_give_the_trace_id(string requestId)
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), Demo.Unrelated, ("Request-Id", requestId));

        Assert.That(TraceIdOf(answer), Does.Match("^[0-9a-f]{32}$").And.Not.EqualTo(TraceIdOfTraceParent));
    }

    [TestCase("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331")]
    [TestCase("00-00000000000000000000000000000000-b7ad6b7169203331-01")]
    [TestCase("not a traceparent")]
    public async Task Malformed_traceparent_gives_a_fresh_trace_id(string traceParent)
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), Demo.Unrelated, ("traceparent", traceParent));

        Assert.That(TraceIdOf(answer), Does.Match("^[0-9a-f]{32}$").And.Not.EqualTo(TraceIdOfTraceParent).And.Not.EqualTo(new string('0', 32)));
    }

    [Test]
    public async Task Every_request_has_a_trace_id_of_its_own()
    {
        var first = await Client.GetAsync(Routes.View(Demo.Full), Demo.Unrelated);
        var second = await Client.GetAsync(Routes.View(Demo.Full), Demo.Unrelated);

        Assert.That(TraceIdOf(first), Is.Not.EqualTo(TraceIdOf(second)));
    }

    [TestCase(Demo.Unrelated, Demo.Full, "social-care.access-denied")]
    [TestCase(Demo.CarerWithLabel, Demo.NotShared, "social-care.not-shared")]
    [TestCase(Demo.Unavailable, Demo.Unavailable, "social-care.unavailable")]
    public async Task Audit_records_the_trace_id_the_problem_quotes(string viewer, string patient, string trueOutcome)
    {
        // With a caller's trace, and with none: then the id is SocialCare's or the host's own.
        foreach (var headers in new[] { new[] { ("traceparent", FreshTraceParent()) }, [] })
        {
            var answer = await Client.GetAsync(Routes.View(patient), viewer, headers);

            var traceId = TraceIdOf(answer);
            var entries = await App.Services.GetRequiredService<ISocialCareAuditReader>()
                .ReadNewestFirstAsync(PatientId.Create(patient).Value, SocialCareAuditPage.MaxLimit, null, CancellationToken.None);
            var audit = entries.Entries.Where(e => e.TraceId == traceId).ToList();
            Assert.That(audit, Has.Count.EqualTo(1));
            using (Assert.EnterMultipleScope())
            {
                Assert.That(audit[0].Viewer.Value, Is.EqualTo(viewer));
                Assert.That(audit[0].Patient.Value, Is.EqualTo(patient));
                Assert.That(audit[0].TrueOutcome, Is.EqualTo(trueOutcome));
            }
        }
    }

    private static string FreshTraceParent() => $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01";

    private static string? TraceIdOf(Answer answer) => answer.Json().GetProperty("traceId").GetString();
}
