using System.Data.Common;
using System.Globalization;

namespace Tarmeem.Store.Sql;

/// <summary>Parameters and integer reads that work the same on every provider.</summary>
internal static class DbCommands
{
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>An integer column or a count, whatever width the provider gives it (COUNT(*) is 64-bit on PostgreSQL).</summary>
    public static int GetCount(this DbDataReader reader, int ordinal) =>
        Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>
    /// A yes/no selected as a condition (EXISTS, a comparison): SQLite gives 0/1, PostgreSQL a boolean. Stored flags
    /// are 0/1 integers on both.
    /// </summary>
    public static bool GetFlag(this DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(bool) ? reader.GetBoolean(ordinal) : reader.GetInt64(ordinal) != 0;

    /// <summary>A scalar integer; 0 for no row or NULL.</summary>
    public static long AsInt64(object? scalar) =>
        scalar is null or DBNull ? 0 : Convert.ToInt64(scalar, CultureInfo.InvariantCulture);
}
