using SocialCare.Infrastructure.Audit.Storage;
using SocialCare.Infrastructure.Audit.Tests.Support;

namespace SocialCare.Infrastructure.Audit.Tests.Storage;

/// <summary>The schema is made by an explicit step, versioned, applied once, and never taken backwards.</summary>
[TestFixtureSource(typeof(AuditProviders), nameof(AuditProviders.All))]
public class AuditSchemaTests(string provider)
{
    [Test]
    public async Task Empty_database_has_no_version_until_migrated()
    {
        await using var database = await TestAuditDatabase.CreateAsync(provider);
        var schema = database.Schema();

        var before = await schema.ReadVersionAsync(CancellationToken.None);
        var change = await schema.MigrateAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.Zero);
            Assert.That(change, Is.EqualTo(new AuditSchemaChange(0, AuditSchema.LatestVersion)));
            Assert.That(await schema.ReadVersionAsync(CancellationToken.None), Is.EqualTo(AuditSchema.LatestVersion));
        }
    }

    [Test]
    public async Task Migrating_again_changes_nothing()
    {
        await using var database = await TestAuditDatabase.MigratedAsync(provider);

        var change = await database.Schema().MigrateAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(change, Is.EqualTo(new AuditSchemaChange(AuditSchema.LatestVersion, AuditSchema.LatestVersion)));
            Assert.That(await database.ScalarAsync<long>($"SELECT count(*) FROM {database.Database.Versions}"), Is.EqualTo(AuditSchema.LatestVersion));
        }
    }

    [Test]
    public async Task Hosts_migrating_at_once_apply_each_script_once()
    {
        await using var database = await TestAuditDatabase.CreateAsync(provider);
        var databases = Enumerable.Range(0, 4).Select(_ => AuditDatabase.Create(database.Provider, database.ConnectionString)).ToList();

        await Task.WhenAll(databases.Select(d => Task.Run(() => new AuditSchema(d, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditSchema>.Instance).MigrateAsync(CancellationToken.None))));
        foreach (var d in databases)
        {
            await d.DisposeAsync();
        }

        Assert.That(await database.ScalarAsync<long>($"SELECT count(*) FROM {database.Database.Versions}"), Is.EqualTo(AuditSchema.LatestVersion));
    }

    [Test]
    public async Task Schema_newer_than_the_library_is_never_taken_backwards()
    {
        await using var database = await TestAuditDatabase.MigratedAsync(provider);
        await database.ExecuteAsync(
            $"INSERT INTO {database.Database.Versions} (version, applied_at, description) VALUES (@version, @at, 'from the future')",
            ("version", AuditSchema.LatestVersion + 1),
            ("at", database.Database.TimeValue(DateTimeOffset.UtcNow)));

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => database.Schema().MigrateAsync(CancellationToken.None));

        Assert.That(refusal!.Message, Does.Contain("newer than this library's"));
    }

    [Test]
    public void Each_provider_has_one_script_per_version_up_to_the_latest()
    {
        var versions = AuditSchema.Scripts(provider).Select(s => s.Version);

        Assert.That(versions, Is.EqualTo(Enumerable.Range(1, AuditSchema.LatestVersion)));
    }
}
