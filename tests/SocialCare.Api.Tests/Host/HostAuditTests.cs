using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>
/// The Host's audit is a SQLite file (ADR 0007): it survives a restart with no configuration of its own, and a view
/// whose audit cannot be written there is not shown.
/// </summary>
public class HostAuditTests
{
    [Test]
    public async Task Audit_survives_a_restart_of_the_host()
    {
        var file = Path.Combine(Path.GetTempPath(), $"socialcare-audit-restart-{Guid.NewGuid():N}.db");
        try
        {
            var before = new[] { ActivityTraceId.CreateRandom().ToString(), ActivityTraceId.CreateRandom().ToString() };
            await using (var first = new DemoHostFactory { AuditFile = file })
            {
                using var client = first.CreateClient();
                await client.GetAsync(Routes.View(Demo.Full), Demo.Full, Traced(before[0]));
                await client.GetAsync(Routes.View(Demo.Full), Demo.Unrelated, Traced(before[1]));
            }

            await using var second = new DemoHostFactory { AuditFile = file };
            using var again = second.CreateClient();
            var after = ActivityTraceId.CreateRandom().ToString();
            await again.GetAsync(Routes.View(Demo.Full), Demo.Full, Traced(after));
            var history = await second.Services.GetRequiredService<ISocialCareAuditReader>()
                .ReadNewestFirstAsync(PatientId.Create(Demo.Full).Value, 10, null, CancellationToken.None);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(history.Entries.Select(e => e.TraceId), Is.EqualTo(new[] { after, before[1], before[0] }));
                Assert.That(history.Entries.Select(e => e.TrueOutcome), Is.EqualTo(new[] { "social-care.shown", "social-care.access-denied", "social-care.shown" }));
            }
        }
        finally
        {
            DemoHostFactory.DeleteAuditFile(file);
        }
    }

    [Test]
    public async Task View_is_unavailable_when_the_audit_database_cannot_be_opened()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), $"socialcare-no-such-folder-{Guid.NewGuid():N}", "audit.db");
        await using var host = new DemoHostFactory
        {
            AuditFile = nowhere,
            Settings = new Dictionary<string, string?> { ["SocialCare:Audit:CreateSchema"] = "false" },
        };
        using var client = host.CreateClient();

        var answer = await client.GetAsync(Routes.View(Demo.Full), Demo.Full);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(503));
            Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.unavailable"));
        }
    }

    [Test]
    public async Task View_is_unavailable_while_another_process_holds_the_audit_database_and_shown_again_after()
    {
        var file = Path.Combine(Path.GetTempPath(), $"socialcare-audit-locked-{Guid.NewGuid():N}.db");
        try
        {
            // The Host waits one second for a busy file (the connection string's Default Timeout), not the view's deadline.
            await using var host = new DemoHostFactory
            {
                AuditFile = file,
                Settings = new Dictionary<string, string?> { ["SocialCare:Audit:ConnectionString"] = $"Data Source={file};Default Timeout=1" },
            };
            using var client = host.CreateClient();
            var before = await client.GetAsync(Routes.View(Demo.Full), Demo.Full);

            // An exclusive lock on the file, as a stuck writer of another process would hold it.
            await using var holder = new SqliteConnection($"Data Source={file};Pooling=False");
            await holder.OpenAsync();
            await using (var begin = new SqliteCommand("BEGIN EXCLUSIVE", holder))
            {
                await begin.ExecuteNonQueryAsync();
            }

            var locked = await client.GetAsync(Routes.View(Demo.Full), Demo.Full);
            await using (var rollback = new SqliteCommand("ROLLBACK", holder))
            {
                await rollback.ExecuteNonQueryAsync();
            }

            var released = await client.GetAsync(Routes.View(Demo.Full), Demo.Full);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(before.Status, Is.EqualTo(200));
                Assert.That(locked.Status, Is.EqualTo(503));
                Assert.That(locked.ProblemCode(), Is.EqualTo("social-care.unavailable"));
                Assert.That(released.Status, Is.EqualTo(200));
            }
        }
        finally
        {
            DemoHostFactory.DeleteAuditFile(file);
        }
    }

    private static (string, string) Traced(string traceId) => ("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
}
