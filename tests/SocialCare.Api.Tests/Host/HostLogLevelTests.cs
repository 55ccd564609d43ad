using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>
/// With the Host's own logging configuration (appsettings.json's levels), what an operator sees at Information and
/// above names no patient and no viewer: ids go to the audit, not to the log. Scopes are left out: ASP.NET Core's
/// request scope holds the request path, and so the patient id, which the Host's console does not write; a host
/// whose provider writes scopes writes that path on every line.
/// </summary>
public class HostLogLevelTests
{
    private IReadOnlyList<FakeLogRecord> _records = [];

    [OneTimeSetUp]
    public async Task SweepWithTheHostsLevels() =>
        _records = await Sweep.LogOfEveryViewerAndPatientAsync(logging => logging.AddFakeLogging());

    [Test]
    public void Host_logs_at_information_and_above()
    {
        Assert.That(_records.Select(r => r.Level), Does.Contain(LogLevel.Information).And.Not.Contain(LogLevel.Debug).And.Not.Contain(LogLevel.Trace));
    }

    [Test]
    public void No_entry_at_information_and_above_names_a_patient_or_a_viewer()
    {
        string[] ids = [.. Demo.Patients, Demo.UnknownPatient, .. Sweep.Viewers];
        var naming = _records
            .Where(r => r.Level >= LogLevel.Information)
            .Select(record => (record, text: LogText.Written(record)))
            .Where(r => ids.Any(id => r.text.Contains(id, StringComparison.Ordinal)))
            .Select(r => $"{r.record.Level} {r.record.Category}: {r.text}")
            .ToList();

        Assert.That(naming, Is.Empty);
    }
}
