using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using SocialCare.Infrastructure.Audit.Chain;
using SocialCare.Infrastructure.Audit.Configuration;

namespace SocialCare.Audit.Verify;

/// <summary>
/// Where the store is (the command line) and the secrets and settings that are not put on a command line, where
/// shell histories and process lists would show them: the key and the retention, from <c>--config</c> JSON files and
/// environment variables (<c>SocialCare__Audit__Key</c>), under the same keys as the host's.
/// </summary>
internal sealed record AuditStoreArguments(AuditProvider Provider, string ConnectionString, IConfiguration Configuration)
{
    public static AuditProvider ParseProvider(string value) => value.ToUpperInvariant() switch
    {
        "SQLITE" => AuditProvider.Sqlite,
        "POSTGRESQL" => AuditProvider.PostgreSql,
        _ => throw new ArgumentException($"--provider is sqlite or postgresql, not '{value}'."),
    };

    public static IConfiguration ConfigurationFrom(IEnumerable<string> files)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in files)
        {
            builder.AddJsonFile(Path.GetFullPath(file), optional: false);
        }

        return builder.AddEnvironmentVariables().Build();
    }

    public AuditKey Key()
    {
        var secret = Configuration[$"{AuditOptions.SectionName}:Key"];
        if (string.IsNullOrEmpty(secret))
        {
            throw new ArgumentException($"No key: set {AuditOptions.SectionName}:Key in a --config file or the environment variable SocialCare__Audit__Key.");
        }

        return secret.Length >= AuditKey.MinLength
            ? AuditKey.From(secret)
            : throw new ArgumentException($"{AuditOptions.SectionName}:Key must be at least {AuditKey.MinLength} characters long.");
    }

    public TimeSpan Retention(TimeSpan? fromCommandLine) =>
        fromCommandLine ?? Configuration.GetValue($"{AuditOptions.SectionName}:Retention", AuditOptions.DefaultRetention);

    /// <summary>The connection string, which for SQLite never creates a file: a missing file is a store that cannot be checked.</summary>
    public string ExistingStore()
    {
        if (Provider != AuditProvider.Sqlite)
        {
            return ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (builder.Mode is SqliteOpenMode.ReadWriteCreate or SqliteOpenMode.ReadWrite)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return File.Exists(builder.DataSource)
            ? builder.ToString()
            : throw new FileNotFoundException($"There is no SQLite file at {Path.GetFullPath(builder.DataSource)}.");
    }
}
