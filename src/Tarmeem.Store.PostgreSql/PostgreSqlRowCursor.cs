using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Npgsql;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// A forward-only cursor over one query, for the window reads, bound to <c>@start</c> and <c>@end</c> (where the SQL
/// uses them) as BIGINT unix milliseconds. It runs on the caller's connection and transaction, so it sees the same
/// snapshot as the transaction's other reads. Each row is buffered whole (the store's rows are small), so columns may be
/// read in any order and more than once, as the SQLite cursor allows. Values are read typed, never boxed.
/// </summary>
public sealed partial class PostgreSqlRowCursor : IRowCursor
{
    /// <summary>What an instant column selected as <c>coalesce(column, -9223372036854775808)</c> gives for NULL.</summary>
    private const long None = long.MinValue;

    private readonly NpgsqlCommand command;
    private readonly NpgsqlDataReader reader;

    public PostgreSqlRowCursor(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        ArgumentNullException.ThrowIfNull(connection);
        command = new NpgsqlCommand(sql, connection, transaction);
        try
        {
            // A read as of one instant uses only @end; Npgsql would send an unused parameter all the same.
            if (StartParameter().IsMatch(sql))
            {
                command.Parameters.Add(new NpgsqlParameter<long>("start", windowStart.ToUnixTimeMilliseconds()));
            }

            if (EndParameter().IsMatch(sql))
            {
                command.Parameters.Add(new NpgsqlParameter<long>("end", windowEnd.ToUnixTimeMilliseconds()));
            }

            reader = command.ExecuteReader();
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    public bool Read() => reader.Read();

    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The row cursor's member names, shared with the SQLite cursor.")]
    public long Int64(int column) => reader.GetInt64(column);

    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The row cursor's member names, shared with the SQLite cursor.")]
    public int Int32(int column) => reader.GetInt32(column);

    public bool IsNull(int column) => reader.IsDBNull(column);

    public int? NullableInt32(int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);

    public string Text(int column) => reader.GetString(column);

    public string? NullableText(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public DateTimeOffset Instant(int column) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));

    /// <summary>A nullable instant: NULL, or <see cref="long.MinValue"/> as the SQLite cursor's queries select it.</summary>
    public DateTimeOffset? InstantOrNone(int column)
    {
        if (reader.IsDBNull(column))
        {
            return null;
        }

        var value = reader.GetInt64(column);
        return value == None ? null : DateTimeOffset.FromUnixTimeMilliseconds(value);
    }

    public string ColumnName(int column) => reader.GetName(column);

    public void Dispose()
    {
        reader.Dispose();
        command.Dispose();
    }

    [GeneratedRegex(@"@start\b")]
    private static partial Regex StartParameter();

    [GeneratedRegex(@"@end\b")]
    private static partial Regex EndParameter();
}
