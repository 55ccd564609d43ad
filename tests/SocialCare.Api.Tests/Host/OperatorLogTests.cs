using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>
/// Spec §4: no log line at any level carries an NHS number, whatever the category — every demo viewer and patient
/// on every route, planted failures included, captured at Trace for all categories.
/// </summary>
public class OperatorLogTests
{
    private IReadOnlyList<FakeLogRecord> _records = [];

    // A rule for this provider beats the Host's per-category levels (Microsoft.AspNetCore: Warning and so on).
    [OneTimeSetUp]
    public async Task SweepAtTrace() =>
        _records = await Sweep.LogOfEveryViewerAndPatientAsync(logging =>
            logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace).AddFilter<FakeLoggerProvider>(null, LogLevel.Trace));

    [Test]
    public void Log_is_captured_from_every_level_and_the_frameworks_too()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_records.Select(r => r.Level), Does.Contain(LogLevel.Trace).And.Contain(LogLevel.Debug).And.Contain(LogLevel.Information).And.Contain(LogLevel.Error));
            Assert.That(_records.Select(r => r.Category), Has.Some.StartsWith("Microsoft.AspNetCore.").And.Some.StartsWith("SocialCare."));
        }
    }

    [Test]
    public void No_log_line_at_any_level_carries_an_nhs_number()
    {
        var leaking = _records
            .Select(record => (record, text: LogText.Of(record)))
            .Where(r => Leaks.NhsNumbers.Any(n => r.text.Contains(n, StringComparison.Ordinal)))
            .Select(r => $"{r.record.Level} {r.record.Category}: {r.text}")
            .ToList();

        Assert.That(leaking, Is.Empty);
    }

    // The sweep has every viewer, the patients themselves included, ask for demo-not-shared and demo-record-mismatch
    // (several persons): operator logs carry the answered code folded so that nothing tells a concealed outcome from
    // not-known, and each council's answer as data, no-data or unavailable; the true outcome goes to the audit only.
    [Test]
    public void No_log_line_at_any_level_tells_a_concealed_outcome()
    {
        string[] words = ["not-shared", "notshared", "not shared", "mismatch", "several-persons", "severalpersons", "several persons"];
        var telling = _records
            .Select(record => (record, text: WithoutPatientIds(LogText.Of(record))))
            .Where(r => words.Any(w => r.text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(r => $"{r.record.Level} {r.record.Category}: {r.text}")
            .ToList();

        Assert.That(telling, Is.Empty);
    }

    // The patient ids are in ASP.NET Core's request lines (the path); they name a demo patient, not an outcome.
    private static string WithoutPatientIds(string text) =>
        text.Replace(Demo.NotShared, "demo-patient", StringComparison.Ordinal).Replace(Demo.RecordMismatch, "demo-patient", StringComparison.Ordinal);
}
