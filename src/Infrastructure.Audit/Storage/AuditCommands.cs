using System.Data.Common;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>Commands with named parameters (<c>@name</c>), the same on both providers.</summary>
internal static class AuditCommands
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
