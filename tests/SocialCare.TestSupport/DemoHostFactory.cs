extern alias host;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using HostProgram = host::Program;

namespace SocialCare.TestSupport;

/// <summary>
/// The reference Host (src/Host) on a TestServer, or on Kestrel after <c>UseKestrel</c>: Development unless a test
/// says otherwise (the factory does not read the launch profile), its sandbox Mosaic in-process on a free port (5180
/// may belong to a Host someone is running) unless <see cref="Settings"/> name one, generous time, its own audit file,
/// and no log output unless a test adds a provider to capture it. Settings go in through <c>UseSetting</c>, after
/// these defaults: the only configuration that Program's own code after <c>Build</c> sees.
/// </summary>
public sealed class DemoHostFactory : WebApplicationFactory<HostProgram>
{
    public string EnvironmentName { get; init; } = Environments.Development;

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Replacements of the Host's services, applied after its own registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Providers and filters of a test that reads the log; the Host's console output is off.</summary>
    public Action<ILoggingBuilder>? Logging { get; init; }

    /// <summary>
    /// The audit's SQLite file: by default one of this host's own in the temporary folder, deleted with it, so that no
    /// two test hosts share one; a test that restarts the Host names one file for both hosts (and deletes it).
    /// </summary>
    public string AuditFile
    {
        get => _auditFile ??= Path.Combine(Path.GetTempPath(), $"socialcare-audit-test-{Guid.NewGuid():N}.db");
        init
        {
            _auditFile = value;
            _keepAuditFile = true;
        }
    }

    private string? _auditFile;
    private bool _keepAuditFile;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_keepAuditFile && _auditFile is not null)
        {
            DeleteAuditFile(_auditFile);
        }
    }

    /// <summary>Deletes an audit file and its journal files, once the hosts that used it are disposed.</summary>
    public static void DeleteAuditFile(string file)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("SocialCare:Sandbox:Port", "0");
        builder.UseSetting("SocialCare:Audit:ConnectionString", $"Data Source={AuditFile}");

        // Generous time: these tests are about outcomes, not timing, and must hold on a busy two-core machine.
        builder.UseSetting("SocialCare:Deadline", "00:00:10");
        for (var i = 0; i < 8; i++)
        {
            builder.UseSetting($"SocialCare:LocalAuthorities:{i}:AttemptTimeout", "00:00:04");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            Logging?.Invoke(logging);
        });
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }
}
