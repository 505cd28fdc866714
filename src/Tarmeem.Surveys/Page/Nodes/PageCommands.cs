using System.Data.Common;

namespace Tarmeem.Surveys.Page.Nodes;

/// <summary>Commands with <c>@name</c> parameters, which SQLite and PostgreSQL both accept.</summary>
internal static class PageCommands
{
    public static DbCommand Create(DbConnection connection, string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
