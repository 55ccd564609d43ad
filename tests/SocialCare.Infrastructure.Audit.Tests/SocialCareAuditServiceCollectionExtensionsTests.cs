using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NSubstitute;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Audit.Tests.Support;

namespace SocialCare.Infrastructure.Audit.Tests;

/// <summary>The host's one call: what it registers, what it validates at start-up, what it creates, what it never logs.</summary>
public class SocialCareAuditServiceCollectionExtensionsTests
{
    private string _file = null!;

    [SetUp]
    public void ChooseFile() => _file = Path.Combine(Path.GetTempPath(), $"socialcare-audit-di-{Guid.NewGuid():N}.db");

    [TearDown]
    public void DeleteFile()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    [Test]
    public async Task Store_is_the_sink_and_the_reader()
    {
        await using var services = Build(Settings());

        Assert.That(services.GetRequiredService<ISocialCareAuditSink>(), Is.SameAs(services.GetRequiredService<ISocialCareAuditReader>()).And.InstanceOf<SqlAuditStore>());
    }

    [Test]
    public async Task Store_replaces_a_sink_registered_before_and_calling_twice_changes_nothing()
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddSingleton(Substitute.For<ISocialCareAuditSink>());
        var configuration = Configuration(Settings());
        collection.AddSocialCareAudit(configuration);
        var count = collection.Count;
        collection.AddSocialCareAudit(configuration);
        await using var services = collection.BuildServiceProvider();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(collection, Has.Count.EqualTo(count));
            Assert.That(services.GetServices<ISocialCareAuditSink>().Single(), Is.InstanceOf<SqlAuditStore>());
        }
    }

    [TestCase("Provider", null, "SocialCare:Audit:Provider is required")]
    [TestCase("ConnectionString", null, "SocialCare:Audit:ConnectionString is required")]
    [TestCase("ConnectionString", "Data Source=x.db;Flavour=strawberry", "SocialCare:Audit:ConnectionString is not a valid Sqlite connection string")]
    [TestCase("Key", null, "SocialCare:Audit:Key is required")]
    [TestCase("Key", "too-short", "SocialCare:Audit:Key must be at least 32 characters")]
    [TestCase("Retention", "-1.00:00:00", "SocialCare:Audit:Retention must be greater than zero")]
    public async Task Bad_setting_stops_the_start_naming_the_key(string key, string? value, string message)
    {
        var settings = Settings();
        settings[$"SocialCare:Audit:{key}"] = value;
        await using var services = Build(settings);

        var failure = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<Configuration.AuditOptions>>().Value);

        Assert.That(failure!.Message, Does.Contain(message).And.Not.Contain("too-short").And.Not.Contain("strawberry"));
    }

    [Test]
    public async Task Unknown_provider_stops_the_start_naming_the_key()
    {
        var settings = Settings();
        settings["SocialCare:Audit:Provider"] = "Oracle";
        await using var services = Build(settings);

        var failure = Assert.Throws<InvalidOperationException>(() => _ = services.GetRequiredService<IOptions<Configuration.AuditOptions>>().Value);

        Assert.That(failure!.Message, Does.Contain("SocialCare:Audit:Provider"));
    }

    [Test]
    public async Task Schema_is_created_at_start_only_when_asked()
    {
        var settings = Settings();
        settings["SocialCare:Audit:CreateSchema"] = "false";
        await using (var without = Build(settings))
        {
            await StartAsync(without);
            var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => without.GetRequiredService<ISocialCareAuditSink>().WriteAsync(Entries.View(), CancellationToken.None));
            Assert.That(refusal!.Message, Does.Contain("no schema"));
        }

        settings["SocialCare:Audit:CreateSchema"] = "true";
        await using var with = Build(settings);
        await StartAsync(with);
        await with.GetRequiredService<ISocialCareAuditSink>().WriteAsync(Entries.View(), CancellationToken.None);

        var page = await with.GetRequiredService<ISocialCareAuditReader>().ReadNewestFirstAsync(PatientId.Create("patient-1").Value, 1, null, CancellationToken.None);
        Assert.That(page.Entries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Key_is_never_logged()
    {
        var logs = new FakeLogCollector();
        var settings = Settings();
        settings["SocialCare:Audit:CreateSchema"] = "false";
        var collection = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        collection.AddSocialCareAudit(Configuration(settings));
        await using var services = collection.BuildServiceProvider();
        var sink = services.GetRequiredService<ISocialCareAuditSink>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => sink.WriteAsync(Entries.View(), CancellationToken.None));
        settings["SocialCare:Audit:CreateSchema"] = "true";
        await using var created = Build(settings, logs);
        await StartAsync(created);
        await created.GetRequiredService<ISocialCareAuditSink>().WriteAsync(Entries.View(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(logs.GetSnapshot(), Is.Not.Empty, "a check that sees no log proves nothing");
            Assert.That(logs.GetSnapshot().Select(r => r.Message + string.Join(' ', r.StructuredState?.Select(kv => kv.Value) ?? [])), Has.None.Contains(TestAuditDatabase.Secret));
            Assert.That(services.GetRequiredService<Chain.AuditKey>().ToString(), Does.Not.Contain(TestAuditDatabase.Secret));
        }
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["SocialCare:Audit:Provider"] = "Sqlite",
        ["SocialCare:Audit:ConnectionString"] = $"Data Source={_file}",
        ["SocialCare:Audit:Key"] = TestAuditDatabase.Secret,
        ["SocialCare:Audit:CreateSchema"] = "true",
    };

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceProvider Build(Dictionary<string, string?> settings, FakeLogCollector? logs = null)
    {
        var collection = new ServiceCollection().AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs));
            }
        });
        collection.AddSocialCareAudit(Configuration(settings));
        return collection.BuildServiceProvider();
    }

    private static async Task StartAsync(IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }
}
