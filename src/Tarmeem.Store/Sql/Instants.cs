using System.Data.Common;

namespace Tarmeem.Store.Sql;

/// <summary>
/// The store's one time format: INTEGER unix milliseconds, UTC. Integers compare and index cheaply in window
/// queries; ticks below a millisecond are dropped, and values come back with offset zero (the same instant).
/// </summary>
internal static class Instants
{
    /// <summary>What <see cref="OrNoneSql"/> gives for NULL: before any instant <see cref="DateTimeOffset"/> can hold.</summary>
    private const long None = long.MinValue;

    // long.MinValue as an expression both providers type as a 64-bit integer (the literal alone overflows on PostgreSQL).
    private const string NoneSql = "(-9223372036854775807 - 1)";

    public static object ToDb(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static object ToDb(DateTimeOffset? value) => value is { } instant ? instant.ToUnixTimeMilliseconds() : DBNull.Value;

    public static DateTimeOffset Read(DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? ReadNullable(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    /// <summary>
    /// SQL for a nullable instant column that bulk reads take with <see cref="FromDbOrNone"/>: one native call per
    /// value instead of a NULL test and a read, which matters over a million rows.
    /// </summary>
    public static string OrNoneSql(string column) => $"coalesce({column}, {NoneSql})";

    public static DateTimeOffset FromDb(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromDbOrNone(long value) => value == None ? null : DateTimeOffset.FromUnixTimeMilliseconds(value);
}
