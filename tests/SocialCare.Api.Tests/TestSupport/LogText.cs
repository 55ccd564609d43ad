using Microsoft.Extensions.Logging.Testing;

namespace SocialCare.Api.Tests.TestSupport;

internal static class LogText
{
    /// <summary>Everything any provider could write from one record: message, state values, scopes and exception.</summary>
    public static string Of(FakeLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Join(" | ", [Written(record), .. record.Scopes.Select(Scope)]);
    }

    /// <summary>What a provider that leaves scopes out (the Host's console) writes: message, state values and exception.</summary>
    public static string Written(FakeLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Join(
            " | ",
            [
                record.Category,
                record.Message,
                .. record.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [],
                record.Exception?.ToString(),
            ]);
    }

    private static string? Scope(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> values
        ? string.Join(", ", values.Select(p => $"{p.Key}={p.Value}")) + " " + scope
        : scope?.ToString();
}
