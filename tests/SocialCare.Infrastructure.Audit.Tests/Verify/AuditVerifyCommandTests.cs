using Microsoft.Extensions.Time.Testing;
using SocialCare.Audit.Verify;
using SocialCare.Infrastructure.Audit.Tests.Support;

namespace SocialCare.Infrastructure.Audit.Tests.Verify;

/// <summary>
/// tools/Audit.Verify as an operator runs it: 0 when intact, 1 when not (naming the first entry that fails), 2 when it
/// cannot check; migrate and purge; the key from a configuration file, and never printed.
/// </summary>
[TestFixtureSource(typeof(AuditProviders), nameof(AuditProviders.All))]
public class AuditVerifyCommandTests(string provider)
{
    private TestAuditDatabase _database = null!;
    private string _config = null!;

    [SetUp]
    public async Task CreateStore()
    {
        _database = await TestAuditDatabase.CreateAsync(provider);
        _config = Path.Combine(Path.GetTempPath(), $"socialcare-audit-config-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(_config, $$"""{ "SocialCare": { "Audit": { "Key": "{{TestAuditDatabase.Secret}}", "Retention": "30.00:00:00" } } }""");
    }

    [TearDown]
    public async Task DeleteStore()
    {
        File.Delete(_config);
        await _database.DisposeAsync();
    }

    [Test]
    public async Task Migrate_then_verify_an_empty_store_exits_0()
    {
        var migrate = await RunAsync("migrate", "--provider", _database.ToolProvider, "--connection-string", _database.ConnectionString);
        var verify = await RunVerifyAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(migrate.ExitCode, Is.Zero, migrate.Error);
            Assert.That(migrate.Output, Does.Contain("version 0 to 1"));
            Assert.That(verify.ExitCode, Is.EqualTo(AuditExitCodes.Intact), verify.Error);
            Assert.That(verify.Output, Does.Contain("intact: no entries yet"));
        }
    }

    [Test]
    public async Task Intact_chain_exits_0_with_its_range_and_head()
    {
        await WriteAsync(5);

        var verify = await RunVerifyAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verify.ExitCode, Is.EqualTo(AuditExitCodes.Intact), verify.Error);
            Assert.That(verify.Output, Does.Contain("intact: 5 entries, 1 to 5; head 5:"));
        }
    }

    [TestCase("UPDATE {entries} SET viewer_id = 'someone-else' WHERE seq = 3", "entry 3 (id ", "does not match its MAC")]
    [TestCase("DELETE FROM {entries} WHERE seq = 5", "entry 5", "newest entries were deleted")]
    [TestCase("DELETE FROM {entries} WHERE seq = 2", "entry 2", "missing")]
    public async Task Tampered_chain_exits_1_naming_the_first_entry_that_fails(string tamper, string entry, string why)
    {
        await WriteAsync(5);
        await _database.DropAppendOnlyTriggerAsync();
        await _database.ExecuteAsync(tamper);

        var verify = await RunVerifyAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verify.ExitCode, Is.EqualTo(AuditExitCodes.NotIntact), verify.Error);
            Assert.That(verify.Output, Does.StartWith("NOT INTACT: " + entry).And.Contain(why));
        }
    }

    [Test]
    public async Task Store_without_a_schema_exits_2()
    {
        await RunAsync("migrate", "--provider", _database.ToolProvider, "--connection-string", _database.ConnectionString);
        await _database.ExecuteAsync(provider == "Sqlite" ? "DROP TABLE audit_schema_version" : "DROP SCHEMA socialcare_audit CASCADE");

        var verify = await RunVerifyAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verify.ExitCode, Is.EqualTo(AuditExitCodes.CannotCheck));
            Assert.That(verify.Error, Does.Contain("no schema"));
        }
    }

    [Test]
    public async Task Missing_key_exits_2_and_says_where_the_key_comes_from()
    {
        await WriteAsync(1);

        var verify = await RunAsync("--provider", _database.ToolProvider, "--connection-string", _database.ConnectionString);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verify.ExitCode, Is.EqualTo(AuditExitCodes.CannotCheck));
            Assert.That(verify.Error, Does.Contain("SocialCare__Audit__Key"));
        }
    }

    [Test]
    public async Task Unreachable_store_exits_2()
    {
        var nowhere = provider == "Sqlite"
            ? $"Data Source={Path.Combine(Path.GetTempPath(), $"socialcare-none-{Guid.NewGuid():N}.db")}"
            : $"Host=/tmp/socialcare-no-such-folder-{Guid.NewGuid():N};Port=5432;Username=postgres;Timeout=5";

        var verify = await RunAsync("--provider", _database.ToolProvider, "--connection-string", nowhere, "--config", _config);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verify.ExitCode, Is.EqualTo(AuditExitCodes.CannotCheck));
            Assert.That(verify.Error, Does.StartWith("cannot check: "));
        }
    }

    [TestCase("--provider", "oracle")]
    [TestCase("--provider")]
    [TestCase("--connection-string", "Data Source=x.db")]
    public async Task Bad_arguments_exit_2_not_1(params string[] arguments)
    {
        var verify = await RunAsync(arguments);

        Assert.That(verify.ExitCode, Is.EqualTo(AuditExitCodes.CannotCheck));
    }

    [Test]
    public async Task Purge_deletes_expired_entries_records_itself_and_the_chain_still_verifies()
    {
        await WriteAsync(3, at: new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await WriteAsync(2, at: new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var later = new FakeTimeProvider(new DateTimeOffset(2026, 5, 10, 9, 0, 0, TimeSpan.Zero));

        var purge = await RunAsync(later, "purge", "--provider", _database.ToolProvider, "--connection-string", _database.ConnectionString, "--config", _config, "--operator", "records-manager");
        var verify = await RunVerifyAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purge.ExitCode, Is.Zero, purge.Error);
            Assert.That(purge.Output, Does.StartWith("purged 3 entries older than 2026-04-10 09:00:00Z; the chain is kept from entry 4; the purge is entry 6"));
            Assert.That(verify.ExitCode, Is.EqualTo(AuditExitCodes.Intact), verify.Output);
            Assert.That(verify.Output, Does.Contain("intact: 3 entries, 4 to 6"));
        }
    }

    [Test]
    public async Task Purge_of_a_tampered_chain_exits_1_and_deletes_nothing()
    {
        await WriteAsync(4, at: new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await _database.DropAppendOnlyTriggerAsync();
        await _database.ExecuteAsync("UPDATE {entries} SET patient_id = 'patient-9' WHERE seq = 2");

        var purge = await RunAsync(new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)), "purge", "--provider", _database.ToolProvider, "--connection-string", _database.ConnectionString, "--config", _config);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purge.ExitCode, Is.EqualTo(AuditExitCodes.NotIntact));
            Assert.That(purge.Output, Does.StartWith("NOT INTACT, nothing purged: entry 2"));
            Assert.That(await _database.ScalarAsync<long>("SELECT count(*) FROM {entries}"), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task Nothing_printed_holds_the_key()
    {
        await WriteAsync(2);
        await _database.DropAppendOnlyTriggerAsync();

        var intact = await RunVerifyAsync();
        await _database.ExecuteAsync("DELETE FROM {entries} WHERE seq = 1");
        var tampered = await RunVerifyAsync();

        Assert.That(new[] { intact.Output, intact.Error, tampered.Output, tampered.Error }, Has.None.Contains(TestAuditDatabase.Secret));
    }

    private async Task WriteAsync(int count, DateTimeOffset? at = null)
    {
        await _database.Schema().MigrateAsync(CancellationToken.None);
        using var store = _database.Store();
        await store.WriteAsync(count, from: at);
    }

    private Task<ToolRun> RunVerifyAsync() =>
        RunAsync("--provider", _database.ToolProvider, "--connection-string", _database.ConnectionString, "--config", _config);

    private static Task<ToolRun> RunAsync(params string[] arguments) => RunAsync(TimeProvider.System, arguments);

    private static async Task<ToolRun> RunAsync(TimeProvider time, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await AuditVerifyCommand.RunAsync(arguments, output, error, time, CancellationToken.None);
        return new(exitCode, output.ToString(), error.ToString());
    }

    private sealed record ToolRun(int ExitCode, string Output, string Error);
}
