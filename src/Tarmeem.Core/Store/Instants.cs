using Microsoft.Data.Sqlite;

namespace Tarmeem.Core.Store;

/// <summary>
/// The store's one time format: INTEGER unix milliseconds, UTC. Integers compare and index cheaply in window
/// queries; ticks below a millisecond are dropped, and values come back with offset zero (the same instant).
/// </summary>
internal static class Instants
{
    public static object ToDb(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static object ToDb(DateTimeOffset? value) => value is { } instant ? instant.ToUnixTimeMilliseconds() : DBNull.Value;

    public static DateTimeOffset Read(SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? ReadNullable(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
