namespace Tarmeem.Store.Sql;

/// <summary>
/// A forward-only cursor for the window reads, bound to <c>@start</c> and <c>@end</c> (where the statement uses them)
/// in the store's time format. Each provider reads a value the cheapest way it has: a report reads some ten million.
/// Rows are stepped synchronously (see <see cref="BulkRead"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Naming", "CA1720:Identifier contains type name", Justification = "The reads are named by the width they read.")]
public interface IRowCursor : IDisposable
{
    bool Read();

    long Int64(int column);

    int Int32(int column);

    bool IsNull(int column);

    int? NullableInt32(int column);

    string Text(int column);

    string? NullableText(int column);

    DateTimeOffset Instant(int column);

    /// <summary>A nullable instant selected with <c>Instants.OrNoneSql</c>.</summary>
    DateTimeOffset? InstantOrNone(int column);

    string ColumnName(int column);
}
