using SocialCare.Infrastructure.Audit.Tests.Support;

namespace SocialCare.Infrastructure.Audit.Tests.Storage;

/// <summary>SQLite's settings that the audit's durability rests on, whatever the build of SQLite defaults to.</summary>
public class SqliteAuditDatabaseTests
{
    [Test]
    public async Task Store_commits_to_disk_through_a_write_ahead_log()
    {
        await using var database = await TestAuditDatabase.MigratedAsync("Sqlite");
        var connection = await database.OpenAsync();
        await using (connection)
        {
            await using var synchronous = connection.CreateCommand();
            synchronous.CommandText = "PRAGMA synchronous";
            await using var journal = connection.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode";

            using (Assert.EnterMultipleScope())
            {
                Assert.That(Convert.ToInt32(await synchronous.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(2), "FULL");
                Assert.That(await journal.ExecuteScalarAsync(), Is.EqualTo("wal"));
            }
        }
    }
}
