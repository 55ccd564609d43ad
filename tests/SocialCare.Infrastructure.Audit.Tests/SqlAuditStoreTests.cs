using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;
using SocialCare.Infrastructure.Audit.Storage;
using SocialCare.Infrastructure.Audit.Tests.Support;

namespace SocialCare.Infrastructure.Audit.Tests;

/// <summary>The sink and the reader on a real database: what is written is read back, for one patient, newest first, by pages.</summary>
[TestFixtureSource(typeof(AuditProviders), nameof(AuditProviders.All))]
public class SqlAuditStoreTests(string provider) : SqlAuditStoreFixture(provider)
{
    private static readonly PatientId Patient = PatientId.Create("patient-1").Value;

    [Test]
    public async Task Entry_is_read_back_with_every_field()
    {
        var entry = Entries.View(
            at: new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.Zero).AddTicks(1234567),
            surface: AuditSurface.Page,
            trueOutcome: "social-care.not-shared",
            answered: "social-care.no-record",
            relationships: [ViewerRelationship.Carer, ViewerRelationship.TeamProfessional],
            authorities: ["E09000013", "E09000015"]);

        await Store.WriteAsync(entry, CancellationToken.None);
        var page = await Store.ReadNewestFirstAsync(Patient, 10, null, CancellationToken.None);

        Assert.That(page.Entries, Has.Count.EqualTo(1));
        var read = page.Entries[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Id, Is.EqualTo(entry.Id));
            Assert.That(read.At, Is.EqualTo(entry.At.AddTicks(-(entry.At.Ticks % 10))), "kept to the microsecond");
            Assert.That(read.Viewer, Is.EqualTo(entry.Viewer));
            Assert.That(read.Relationships, Is.EqualTo(entry.Relationships));
            Assert.That(read.Patient, Is.EqualTo(entry.Patient));
            Assert.That(read.Surface, Is.EqualTo(AuditSurface.Page));
            Assert.That(read.AuthoritiesAsked, Is.EqualTo(entry.AuthoritiesAsked));
            Assert.That(read.TrueOutcome, Is.EqualTo("social-care.not-shared"));
            Assert.That(read.AnsweredCode, Is.EqualTo("social-care.no-record"));
            Assert.That(read.TraceId, Is.EqualTo(entry.TraceId));
            Assert.That(page.HasOlder, Is.False);
        }
    }

    [Test]
    public async Task Entry_without_relationships_authorities_or_trace_is_read_back_empty()
    {
        var entry = Entries.View(surface: AuditSurface.AccessHistory, relationships: [], authorities: [], traceId: null);

        await Store.WriteAsync(entry, CancellationToken.None);
        var read = (await Store.ReadNewestFirstAsync(Patient, 10, null, CancellationToken.None)).Entries.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Relationships, Is.Empty);
            Assert.That(read.AuthoritiesAsked, Is.Empty);
            Assert.That(read.TraceId, Is.Null);
            Assert.That(read.Surface, Is.EqualTo(AuditSurface.AccessHistory));
        }
    }

    [Test]
    public async Task Only_the_patients_own_entries_are_read_newest_first()
    {
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var written = new List<SocialCareAuditEntry>();
        for (var i = 0; i < 6; i++)
        {
            var entry = Entries.View(patient: i % 2 == 0 ? "patient-1" : "patient-2", at: start.AddMinutes(i));
            written.Add(entry);
            await Store.WriteAsync(entry, CancellationToken.None);
        }

        var page = await Store.ReadNewestFirstAsync(Patient, 10, null, CancellationToken.None);

        Assert.That(page.Entries.Select(e => e.Id), Is.EqualTo(written.Where(e => e.Patient == Patient).Reverse().Select(e => e.Id)));
    }

    [Test]
    public async Task Pages_follow_on_from_the_last_entry_of_the_page_before()
    {
        await Store.WriteAsync(5);

        var first = await Store.ReadNewestFirstAsync(Patient, 2, null, CancellationToken.None);
        var second = await Store.ReadNewestFirstAsync(Patient, 2, first.Entries[^1].Id, CancellationToken.None);
        var third = await Store.ReadNewestFirstAsync(Patient, 2, second.Entries[^1].Id, CancellationToken.None);

        var all = (await Store.ReadNewestFirstAsync(Patient, 10, null, CancellationToken.None)).Entries.Select(e => e.Id).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Entries.Concat(second.Entries).Concat(third.Entries).Select(e => e.Id), Is.EqualTo(all));
            Assert.That(all, Has.Count.EqualTo(5));
            Assert.That(new[] { first.HasOlder, second.HasOlder, third.HasOlder }, Is.EqualTo(new[] { true, true, false }));
        }
    }

    [Test]
    public async Task Entries_written_after_a_page_was_read_do_not_shift_the_next_page()
    {
        await Store.WriteAsync(4);
        var first = await Store.ReadNewestFirstAsync(Patient, 2, null, CancellationToken.None);

        await Store.WriteAsync(3, from: new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var second = await Store.ReadNewestFirstAsync(Patient, 2, first.Entries[^1].Id, CancellationToken.None);

        Assert.That(second.Entries.Select(e => e.At), Is.All.LessThan(first.Entries[^1].At));
    }

    [Test]
    public async Task An_id_that_is_not_one_of_the_patients_entries_gives_an_empty_page()
    {
        await Store.WriteAsync(2);
        await Store.WriteAsync(1, patient: "patient-2");
        var others = await Store.ReadNewestFirstAsync(PatientId.Create("patient-2").Value, 1, null, CancellationToken.None);

        var unknown = await Store.ReadNewestFirstAsync(Patient, 10, Guid.NewGuid(), CancellationToken.None);
        var someoneElses = await Store.ReadNewestFirstAsync(Patient, 10, others.Entries[0].Id, CancellationToken.None);

        Assert.That(unknown.Entries.Concat(someoneElses.Entries), Is.Empty);
    }

    [TestCase(0)]
    [TestCase(SocialCareAuditPage.MaxLimit + 1)]
    public async Task A_page_size_outside_one_to_the_maximum_is_a_bug(int limit) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ReadNewestFirstAsync(Patient, limit, null, CancellationToken.None));

    [Test]
    public async Task A_second_store_on_the_same_database_carries_on_the_chain()
    {
        await Store.WriteAsync(3);
        await using var again = AuditDatabase.Create(Database.Provider, Database.ConnectionString);
        using var restarted = Database.Store(again);

        await restarted.WriteAsync(2, from: new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        var verification = await Database.VerifyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Failure, Is.Null);
            Assert.That(verification.Checked, Is.EqualTo(5));
            Assert.That((await restarted.ReadNewestFirstAsync(Patient, 10, null, CancellationToken.None)).Entries, Has.Count.EqualTo(5));
        }
    }

    [Test]
    public async Task Eight_writers_of_a_thousand_entries_each_leave_a_chain_that_verifies()
    {
        const int writers = 8;
        const int each = 1000;
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

        // Eight stores, as eight instances of a host would be, each with its own connections.
        var databases = Enumerable.Range(0, writers).Select(_ => AuditDatabase.Create(Database.Provider, Database.ConnectionString)).ToList();
        var stores = databases.Select(d => Database.Store(d)).ToList();
        try
        {
            await Task.WhenAll(stores.Select((store, w) => Task.Run(async () =>
            {
                for (var i = 0; i < each; i++)
                {
                    await store.WriteAsync(Entries.View(patient: $"patient-w{w}", at: start.AddSeconds(i)), CancellationToken.None);
                }
            })));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }

        var verification = await Database.VerifyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Failure, Is.Null);
            Assert.That(verification.Checked, Is.EqualTo(writers * each));
            Assert.That(verification.LastSequence, Is.EqualTo(writers * each));
        }
    }

    [Test]
    public async Task Eight_writers_sharing_one_store_leave_a_chain_that_verifies()
    {
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 250; i++)
            {
                await Store.WriteAsync(Entries.View(patient: $"patient-w{w}", at: start.AddSeconds(i)), CancellationToken.None);
            }
        })));

        var verification = await Database.VerifyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Failure, Is.Null);
            Assert.That(verification.Checked, Is.EqualTo(2000));
            Assert.That((await Store.ReadNewestFirstAsync(PatientId.Create("patient-w3").Value, 100, null, CancellationToken.None)).Entries, Has.Count.EqualTo(100));
        }
    }

    [Test]
    public async Task Store_without_a_schema_refuses_to_write_and_says_how_to_make_one()
    {
        await using var empty = await TestAuditDatabase.CreateAsync(Provider);
        using var store = empty.Store();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(Entries.View(), CancellationToken.None));

        Assert.That(refusal!.Message, Does.Contain("migrate").And.Contain("SocialCare:Audit:CreateSchema"));
    }

    [Test]
    public async Task An_entry_cannot_be_updated_even_by_plain_sql()
    {
        await Store.WriteAsync(1);

        var refusal = await Assert.ThrowsAsync(
            Is.InstanceOf<System.Data.Common.DbException>(),
            () => Database.ExecuteAsync("UPDATE {entries} SET true_outcome = 'social-care.shown' WHERE seq = 1"));

        Assert.That(refusal!.Message, Does.Contain("append-only"));
    }

    [Test]
    public async Task The_entry_table_holds_the_audit_fields_and_nothing_else()
    {
        var columns = Provider == "Sqlite"
            ? await ColumnsAsync("SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('audit_entry') ORDER BY cid)")
            : await ColumnsAsync("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'socialcare_audit' AND table_name = 'audit_entry'");

        Assert.That(columns, Is.EqualTo(new[]
        {
            "seq", "kind", "id", "at", "viewer_id", "relationships", "patient_id", "surface", "authorities_asked",
            "true_outcome", "answered_code", "trace_id", "purged_before_seq", "anchor_mac", "key_id", "mac",
        }));
    }

    private async Task<string[]> ColumnsAsync(string sql) => (await Database.ScalarAsync<string>(sql)).Split(',');
}
