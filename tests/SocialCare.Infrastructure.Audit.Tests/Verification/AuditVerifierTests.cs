using System.Security.Cryptography;
using SocialCare.Infrastructure.Audit.Chain;
using SocialCare.Infrastructure.Audit.Storage;
using SocialCare.Infrastructure.Audit.Tests.Support;

namespace SocialCare.Infrastructure.Audit.Tests.Verification;

/// <summary>
/// Tampering with plain SQL, as someone with the database's owner rights but without the key would: every change,
/// deletion (the newest entry's too), insertion and reordering is found, at the first entry it touches.
/// </summary>
[TestFixtureSource(typeof(AuditProviders), nameof(AuditProviders.All))]
public class AuditVerifierTests(string provider)
{
    private const int Written = 10;

    private TestAuditDatabase _database = null!;

    [SetUp]
    public async Task WriteTenEntries()
    {
        _database = await TestAuditDatabase.MigratedAsync(provider);
        using var store = _database.Store();
        await store.WriteAsync(Written);
        await _database.DropAppendOnlyTriggerAsync();
    }

    [TearDown]
    public Task DeleteStore() => _database.DisposeAsync().AsTask();

    [Test]
    public async Task Untouched_chain_is_intact()
    {
        var verification = await _database.VerifyAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Intact, Is.True, verification.Failure?.ToString());
            Assert.That(verification.Checked, Is.EqualTo(Written));
            Assert.That(verification.HeadFingerprint, Does.StartWith("10:"));
        }
    }

    [Test]
    public async Task Empty_store_is_intact()
    {
        await using var empty = await TestAuditDatabase.MigratedAsync(provider);

        var verification = await empty.VerifyAsync();

        Assert.That(verification is { Intact: true, Checked: 0 }, Is.True);
    }

    [TestCase("true_outcome = 'social-care.access-denied'")]
    [TestCase("viewer_id = 'someone-else'")]
    [TestCase("patient_id = 'patient-2'")]
    [TestCase("surface = 'page'")]
    [TestCase("authorities_asked = ''")]
    [TestCase("trace_id = NULL")]
    public async Task Changed_entry_is_the_first_that_fails(string change)
    {
        await _database.ExecuteAsync($"UPDATE {{entries}} SET {change} WHERE seq = 4");

        await AssertFailsAt(4, "does not match its MAC");
    }

    [Test]
    public async Task Changed_time_is_found()
    {
        var rows = await _database.RowsAsync();
        await _database.ExecuteAsync("UPDATE {entries} SET at = @at WHERE seq = 6", ("at", _database.Database.TimeValue(rows[5].At.AddHours(-3))));

        await AssertFailsAt(6, "does not match its MAC");
    }

    [Test]
    public async Task Deleted_entry_in_the_middle_is_found()
    {
        await _database.ExecuteAsync("DELETE FROM {entries} WHERE seq = 5");

        await AssertFailsAt(5, "missing");
    }

    [Test]
    public async Task Deleted_newest_entry_is_found()
    {
        await _database.ExecuteAsync("DELETE FROM {entries} WHERE seq = 10");

        await AssertFailsAt(10, "newest entries were deleted");
    }

    [Test]
    public async Task Deleted_newest_entries_with_the_head_moved_back_are_found()
    {
        // The tamperer also sets the head to the entry now newest, copying its MAC: only the seal, which needs the key, is wrong.
        var rows = await _database.RowsAsync();
        await _database.ExecuteAsync("DELETE FROM {entries} WHERE seq > 8");
        await _database.ExecuteAsync("UPDATE {head} SET last_seq = 8, last_mac = @mac", ("mac", rows[7].Mac));

        var verification = await _database.VerifyAsync();

        Assert.That(verification.Failure?.Reason, Does.Contain("seal"));
    }

    [Test]
    public async Task Deleted_oldest_entry_is_found()
    {
        await _database.ExecuteAsync("DELETE FROM {entries} WHERE seq = 1");

        await AssertFailsAt(2, "no purge record accounts for them");
    }

    [Test]
    public async Task Every_entry_deleted_is_found()
    {
        await _database.ExecuteAsync("DELETE FROM {entries}");

        await AssertFailsAt(10, "every entry was deleted");
    }

    [Test]
    public async Task Deleted_entry_with_the_later_ones_renumbered_is_found()
    {
        await _database.ExecuteAsync("DELETE FROM {entries} WHERE seq = 5");
        await Renumber("seq > 5", -1);
        await _database.ExecuteAsync("UPDATE {head} SET last_seq = 9");

        await AssertFailsAt(5, "does not match its MAC");
    }

    [Test]
    public async Task Entry_inserted_in_the_middle_is_found()
    {
        await Renumber("seq >= 5", 1);
        await InsertCopyOf(4, asSequence: 5);
        await _database.ExecuteAsync("UPDATE {head} SET last_seq = 11");

        await AssertFailsAt(5, "does not match its MAC");
    }

    [Test]
    public async Task Entry_inserted_after_the_newest_is_found()
    {
        await InsertCopyOf(10, asSequence: 11);

        await AssertFailsAt(11, "does not match its MAC");
    }

    [Test]
    public async Task Reordered_entries_are_found()
    {
        // Entries 3 and 7 swap places, each keeping its own MAC.
        await _database.ExecuteAsync("UPDATE {entries} SET seq = 1000 WHERE seq = 3");
        await _database.ExecuteAsync("UPDATE {entries} SET seq = 3 WHERE seq = 7");
        await _database.ExecuteAsync("UPDATE {entries} SET seq = 7 WHERE seq = 1000");

        await AssertFailsAt(3, "does not match its MAC");
    }

    [Test]
    public async Task Changed_entry_with_every_hash_recomputed_without_the_key_is_found()
    {
        // A tamperer who takes the MACs for plain hashes: changes entry 4, then recomputes every later "hash" and the
        // head's with SHA-256 over the previous one and the row, as an unkeyed chain would be rebuilt.
        await _database.ExecuteAsync("UPDATE {entries} SET true_outcome = 'social-care.access-denied' WHERE seq = 4");
        var rows = await _database.RowsAsync();
        var previous = rows[2].Mac;
        foreach (var row in rows.Skip(3))
        {
            var hash = SHA256.HashData([.. previous, .. System.Text.Encoding.UTF8.GetBytes($"{row.Sequence}|{row.Id}|{row.ViewerId}|{row.PatientId}|{row.TrueOutcome}")]);
            await _database.ExecuteAsync("UPDATE {entries} SET mac = @mac WHERE seq = @seq", ("mac", hash), ("seq", row.Sequence));
            previous = hash;
        }

        await _database.ExecuteAsync("UPDATE {head} SET last_mac = @mac, seal = @seal", ("mac", previous), ("seal", SHA256.HashData(previous)));

        await AssertFailsAt(4, "does not match its MAC");
    }

    [Test]
    public async Task Changed_entry_sealed_again_with_another_key_is_found()
    {
        var forger = AuditKey.From("a-guess-at-the-key-0123456789abcdefghij");
        var rows = await _database.RowsAsync();
        var changed = rows[3] with { TrueOutcome = "social-care.access-denied", KeyId = forger.Id };
        await _database.ExecuteAsync(
            "UPDATE {entries} SET true_outcome = @outcome, key_id = @keyId, mac = @mac WHERE seq = 4",
            ("outcome", changed.TrueOutcome),
            ("keyId", forger.Id),
            ("mac", ChainMac.Of(forger, rows[2].Mac, changed)));

        await AssertFailsAt(4, "not with the configured key");
    }

    [Test]
    public async Task Rewritten_head_seal_is_found()
    {
        await _database.ExecuteAsync("UPDATE {head} SET seal = @seal", ("seal", RandomNumberGenerator.GetBytes(32)));

        var verification = await _database.VerifyAsync();

        Assert.That(verification.Failure?.Reason, Does.Contain("seal"));
    }

    [Test]
    public async Task Missing_head_is_found()
    {
        await _database.ExecuteAsync("DELETE FROM {head}");

        var verification = await _database.VerifyAsync();

        Assert.That(verification.Failure?.Reason, Does.Contain("head row is missing"));
    }

    [Test]
    public async Task Another_key_finds_the_first_entry_sealed_with_a_different_one()
    {
        var verification = await _database.VerifyAsync(AuditKey.From("another-key-of-enough-length-0123456789"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Failure?.Sequence, Is.EqualTo(1));
            Assert.That(verification.Failure?.Reason, Does.Contain("not with the configured key"));
        }
    }

    [Test]
    public async Task Mac_replaced_by_something_else_is_found()
    {
        // SQLite's columns take any type: text where the MAC belongs. PostgreSQL's are typed: a MAC of the wrong length.
        await _database.ExecuteAsync(provider == "Sqlite"
            ? "UPDATE {entries} SET mac = 'not a mac' WHERE seq = 2"
            : "UPDATE {entries} SET mac = '\\x00ff'::bytea WHERE seq = 2");

        await AssertFailsAt(2, "does not match its MAC");
    }

    private async Task AssertFailsAt(long sequence, string reason)
    {
        var verification = await _database.VerifyAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Intact, Is.False);
            Assert.That(verification.Failure?.Sequence, Is.EqualTo(sequence), verification.Failure?.ToString());
            Assert.That(verification.Failure?.Reason, Does.Contain(reason));
        }
    }

    // In two steps, so that no step collides with the primary key.
    private async Task Renumber(string where, int by)
    {
        await _database.ExecuteAsync($"UPDATE {{entries}} SET seq = seq + 1000000 WHERE {where}");
        await _database.ExecuteAsync($"UPDATE {{entries}} SET seq = seq - 1000000 + {by} WHERE seq > 1000000");
    }

    private async Task InsertCopyOf(long sequence, long asSequence)
    {
        var rows = await _database.RowsAsync();
        var copy = rows.Single(r => r.Sequence == sequence) with { Sequence = asSequence, Id = Guid.CreateVersion7() };
        var connection = await _database.OpenAsync();
        await using (connection)
        {
            var transaction = await connection.BeginTransactionAsync();
            await using (transaction)
            {
                await AuditRows.InsertAsync(_database.Database, connection, transaction, copy, CancellationToken.None);
                await transaction.CommitAsync();
            }
        }
    }
}
