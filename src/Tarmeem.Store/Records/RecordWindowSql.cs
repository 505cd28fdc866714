using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>
/// The rows of a record table a report window needs — received in the window, or received before it and still open
/// at its start (closed in it or not yet), or with no receipt date — in the shapes a <see cref="WindowPlan"/> asks for.
/// </summary>
internal sealed record RecordWindowSql(string Indexed, string HintedScan, string Scan)
{
    /// <param name="columns">The select list.</param>
    /// <param name="table">The record table.</param>
    /// <param name="closedColumn">The instant that closes a record (a case's <c>closed_at</c>, an inquiry's <c>resolved_at</c>).</param>
    /// <param name="key">The table's key, the order of a scan.</param>
    public static RecordWindowSql For(string columns, string table, string closedColumn, string key) => new(
        // Four disjoint branches, each served by its own index, instead of one OR that would scan the table.
        $"""
        SELECT {columns} FROM {table} WHERE received_at >= @start AND received_at < @end
        UNION ALL SELECT {columns} FROM {table} WHERE received_at < @start AND {closedColumn} >= @start
        UNION ALL SELECT {columns} FROM {table} WHERE received_at < @start AND {closedColumn} IS NULL
        UNION ALL SELECT {columns} FROM {table} WHERE received_at IS NULL;
        """,
        Walk(columns, table, closedColumn, key, "+"),
        Walk(columns, table, closedColumn, key, ""));

    /// <summary>The window's rows in key order, each made by <paramref name="map"/> from the select list's columns.</summary>
    public List<T> Read<T>(
        StoreRead read,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        WindowPlan plan,
        Func<IRowCursor, T> map,
        Func<T, string> key,
        CancellationToken cancellationToken)
    {
        var sql = plan == WindowPlan.Index ? Indexed : read.WalksOnlyWhenHinted ? HintedScan : Scan;
        using var row = read.Cursor(sql, windowStart, windowEnd);
        var records = new List<T>();
        while (row.Read())
        {
            BulkRead.CheckCancellation(records.Count, cancellationToken);
            records.Add(map(row));
        }

        // Sorted here: an ORDER BY over the UNION ALL makes SQLite walk a whole table in key order for one branch.
        if (plan == WindowPlan.Index)
        {
            records.Sort((left, right) => string.CompareOrdinal(key(left), key(right)));
        }

        return records;
    }

    // The same rows for WindowPlan.Scan; "+" keeps SQLite off the indexes, so it walks the table in key order.
    private static string Walk(string columns, string table, string closedColumn, string key, string noIndex) => $"""
        SELECT {columns} FROM {table}
        WHERE ({noIndex}received_at >= @start AND {noIndex}received_at < @end)
           OR ({noIndex}received_at < @start AND ({noIndex}{closedColumn} >= @start OR {noIndex}{closedColumn} IS NULL))
           OR {noIndex}received_at IS NULL
        ORDER BY {key};
        """;
}
