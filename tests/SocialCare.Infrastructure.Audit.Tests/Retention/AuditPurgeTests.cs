using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Audit.Chain;
using SocialCare.Infrastructure.Audit.Retention;
using SocialCare.Infrastructure.Audit.Tests.Support;

namespace SocialCare.Infrastructure.Audit.Tests.Retention;

/// <summary>
/// The retention purge: only entries past the period go, the purge is an entry of its own, and the chain still
/// verifies from the first entry kept; a chain that does not verify is not purged.
/// </summary>
[TestFixtureSource(typeof(AuditProviders), nameof(AuditProviders.All))]
public class AuditPurgeTests(string provider) : SqlAuditStoreFixture(provider)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    [Test]
    public async Task Purge_deletes_only_the_entries_past_the_period_and_the_chain_verifies_from_the_first_kept()
    {
        await WriteDailyAsync(days: 10, from: Start);
        var purgeAt = Start.AddDays(35).AddHours(1);

        var result = await PurgeAsync(purgeAt);

        var rows = await Database.RowsAsync();
        var verification = await Database.VerifyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Refusal, Is.Null);
            Assert.That(result.Deleted, Is.EqualTo(6), "the entries of days 0 to 5 are older than 30 days");
            Assert.That(result.KeptFrom, Is.EqualTo(7));
            Assert.That(rows.Where(r => r.Kind == RecordKind.View).Select(r => r.At), Is.All.GreaterThanOrEqualTo(purgeAt - Retention));
            Assert.That(verification.Intact, Is.True, verification.Failure?.ToString());
            Assert.That(verification.FirstSequence, Is.EqualTo(7));
        }
    }

    [Test]
    public async Task Purge_is_recorded_as_an_entry_of_its_own()
    {
        await WriteDailyAsync(days: 3, from: Start);

        var result = await PurgeAsync(Start.AddDays(40), "records-manager");

        var purge = (await Database.RowsAsync()).Single(r => r.Kind == RecordKind.Purge);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(purge.Sequence, Is.EqualTo(result.PurgeSequence).And.EqualTo(4));
            Assert.That(purge.Id, Is.EqualTo(result.PurgeId));
            Assert.That(purge.ViewerId, Is.EqualTo("records-manager"));
            Assert.That(purge.At, Is.EqualTo(Start.AddDays(40)));
            Assert.That(purge.PurgedBeforeSequence, Is.EqualTo(4));
            Assert.That(purge.PatientId, Is.Null);
        }
    }

    [Test]
    public async Task Purge_of_everything_leaves_its_own_entry_and_a_chain_that_verifies_and_goes_on()
    {
        await WriteDailyAsync(days: 3, from: Start);

        await PurgeAsync(Start.AddDays(100));
        await Store.WriteAsync(2, from: Start.AddDays(100));

        var verification = await Database.VerifyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Intact, Is.True, verification.Failure?.ToString());
            Assert.That(verification.FirstSequence, Is.EqualTo(4));
            Assert.That(verification.Checked, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task Purges_one_after_another_keep_the_chain_verifiable()
    {
        await WriteDailyAsync(days: 20, from: Start);
        await PurgeAsync(Start.AddDays(35));
        await WriteDailyAsync(days: 20, from: Start.AddDays(36));
        await PurgeAsync(Start.AddDays(70));
        await PurgeAsync(Start.AddDays(70));

        var verification = await Database.VerifyAsync();
        var purges = (await Database.RowsAsync()).Count(r => r.Kind == RecordKind.Purge);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Intact, Is.True, verification.Failure?.ToString());
            Assert.That(purges, Is.EqualTo(2), "the first purge's entry was itself past the period when the second ran");
        }
    }

    [Test]
    public async Task Purge_entries_are_not_in_a_patients_history()
    {
        await WriteDailyAsync(days: 3, from: Start);
        await PurgeAsync(Start.AddDays(31));

        var page = await Store.ReadNewestFirstAsync(PatientId.Create("patient-1").Value, 10, null, CancellationToken.None);

        Assert.That(page.Entries.Select(e => e.At), Is.EqualTo(new[] { Start.AddDays(2), Start.AddDays(1) }));
    }

    [Test]
    public async Task Chain_that_does_not_verify_is_not_purged()
    {
        await WriteDailyAsync(days: 5, from: Start);
        await Database.ExecuteAsync("DELETE FROM {entries} WHERE seq = 3");

        var result = await PurgeAsync(Start.AddDays(100));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Refusal?.Sequence, Is.EqualTo(3));
            Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM {entries}"), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task Prefix_deleted_after_a_purge_without_one_is_found()
    {
        await WriteDailyAsync(days: 10, from: Start);
        await PurgeAsync(Start.AddDays(35));
        await Database.ExecuteAsync("DELETE FROM {entries} WHERE seq < 9");

        var verification = await Database.VerifyAsync();

        Assert.That(verification.Failure?.Sequence, Is.EqualTo(9));
    }

    private async Task WriteDailyAsync(int days, DateTimeOffset from)
    {
        for (var day = 0; day < days; day++)
        {
            await Store.WriteAsync(Entries.View(at: from.AddDays(day)), CancellationToken.None);
        }
    }

    private Task<AuditPurgeResult> PurgeAsync(DateTimeOffset at, string operatorId = "operator") =>
        new AuditPurge(Database.Database, Database.Key, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(at))
            .PurgeAsync(Retention, operatorId, CancellationToken.None);
}
