using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using SocialCare.Infrastructure.Audit.Chain;

namespace SocialCare.Infrastructure.Audit.Configuration;

/// <summary>
/// Stops the host at start-up, naming the key, when the audit store cannot be right. Never repeats the key or the
/// connection string, which may hold a password.
/// </summary>
internal sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    private const string Section = AuditOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.Provider is not (AuditProvider.Sqlite or AuditProvider.PostgreSql))
        {
            failures.Add($"{Section}:Provider is required: Sqlite or PostgreSql.");
        }
        else if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{Section}:ConnectionString is required.");
        }
        else if (!Parses(options.Provider.Value, options.ConnectionString))
        {
            failures.Add($"{Section}:ConnectionString is not a valid {options.Provider} connection string.");
        }

        if (string.IsNullOrEmpty(options.Key))
        {
            failures.Add($"{Section}:Key is required: the secret that seals the audit chain (at least {AuditKey.MinLength} characters, from a secret store).");
        }
        else if (options.Key.Length < AuditKey.MinLength)
        {
            failures.Add($"{Section}:Key must be at least {AuditKey.MinLength} characters long.");
        }

        if (options.Retention <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Retention must be greater than zero (it is {options.Retention}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Parses(AuditProvider provider, string connectionString)
    {
        try
        {
            _ = provider == AuditProvider.Sqlite
                ? new SqliteConnectionStringBuilder(connectionString).DataSource
                : new NpgsqlConnectionStringBuilder(connectionString).Host;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
