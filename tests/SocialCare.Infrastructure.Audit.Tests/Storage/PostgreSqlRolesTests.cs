using Npgsql;
using SocialCare.Infrastructure.Audit.Retention;
using SocialCare.Infrastructure.Audit.Storage;
using SocialCare.Infrastructure.Audit.Tests.Support;
using SocialCare.Infrastructure.Audit.Verification;
using SocialCare.TestServers;

namespace SocialCare.Infrastructure.Audit.Tests.Storage;

/// <summary>
/// PostgreSQL's roles as the migrate command grants them: the host's writer adds and reads entries and is refused
/// every change to them; the reader only reads, and can verify.
/// </summary>
public class PostgreSqlRolesTests
{
    private TestAuditDatabase _database = null!;
    private string _writer = null!;
    private string _reader = null!;

    [OneTimeSetUp]
    public async Task CreateRoles()
    {
        _database = await TestAuditDatabase.MigratedAsync("PostgreSql");
        _writer = _database.Unique("writer");
        _reader = _database.Unique("reader");
        await _database.ExecuteAsync($"CREATE ROLE {_writer} LOGIN");
        await _database.ExecuteAsync($"CREATE ROLE {_reader} LOGIN");
        foreach (var grant in AuditGrants.Writer(_writer).Concat(AuditGrants.Reader(_reader)))
        {
            await _database.ExecuteAsync(grant);
        }

        await using var asWriter = AuditDatabase.Create(_database.Provider, _database.ConnectionStringAs(_writer));
        using var store = _database.Store(asWriter);
        await store.WriteAsync(3);
    }

    [OneTimeTearDown]
    public async Task DropRoles()
    {
        await _database.DisposeAsync();
        await using var connection = new NpgsqlConnection((await PostgreSqlServer.Shared()).ConnectionString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS {_writer}; DROP ROLE IF EXISTS {_reader}", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task Writer_adds_entries_that_verify()
    {
        var verification = await _database.VerifyAsync();

        Assert.That(verification is { Intact: true, Checked: >= 3 }, Is.True, verification.Failure?.ToString());
    }

    [TestCase("UPDATE socialcare_audit.audit_entry SET true_outcome = 'social-care.shown'")]
    [TestCase("DELETE FROM socialcare_audit.audit_entry WHERE seq = 1")]
    [TestCase("TRUNCATE socialcare_audit.audit_entry")]
    [TestCase("DROP TABLE socialcare_audit.audit_entry")]
    [TestCase("ALTER TABLE socialcare_audit.audit_entry DISABLE TRIGGER audit_entry_append_only")]
    public async Task Writer_is_refused_any_change_to_an_entry(string sql)
    {
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => AsAsync(_writer, sql));

        Assert.That(refusal!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege), refusal.Message);
    }

    [TestCase("INSERT INTO socialcare_audit.audit_entry (seq, kind, id, at, viewer_id, relationships, authorities_asked, key_id, mac) VALUES (99, 'view', gen_random_uuid(), now(), 'v', '', '', 'k', '\\x00')")]
    [TestCase("UPDATE socialcare_audit.audit_head SET last_seq = 0")]
    public async Task Reader_is_refused_any_write(string sql)
    {
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => AsAsync(_reader, sql));

        Assert.That(refusal!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege), refusal.Message);
    }

    [Test]
    public async Task Reader_can_verify()
    {
        await using var asReader = AuditDatabase.Create(_database.Provider, _database.ConnectionStringAs(_reader));

        var verification = await new AuditVerifier(asReader, _database.Key).VerifyAsync(CancellationToken.None);

        Assert.That(verification.Intact, Is.True, verification.Failure?.ToString());
    }

    [Test]
    public async Task Writer_cannot_purge()
    {
        await using var asWriter = AuditDatabase.Create(_database.Provider, _database.ConnectionStringAs(_writer));
        var purge = new AuditPurge(asWriter, _database.Key, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(20)));

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => purge.PurgeAsync(TimeSpan.FromDays(1), "writer", CancellationToken.None));

        Assert.That(refusal!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
    }

    [Test]
    public void Role_names_that_are_not_plain_identifiers_are_refused()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(AuditGrants.IsRoleName("socialcare_audit_writer"), Is.True);
            Assert.That(AuditGrants.IsRoleName("writer\"; DROP TABLE x; --"), Is.False);
            Assert.That(AuditGrants.IsRoleName("Writer"), Is.False);
            Assert.That(() => AuditGrants.Writer("1writer"), Throws.ArgumentException);
        }
    }

    private async Task AsAsync(string role, string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionStringAs(role));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
