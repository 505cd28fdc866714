using System.Collections.Frozen;
using System.Globalization;
using System.Data.Common;

namespace Tarmeem.Store.Sql;

/// <summary>
/// Enums are stored by member name, so reordering or renumbering a C# enum never changes what a stored row means.
/// Lookups are precomputed: <see cref="Enum.ToString()"/> and parsing per row would dominate bulk writes and reads.
/// </summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Members = Enum.GetValues<TEnum>();

    private static readonly FrozenDictionary<TEnum, string> Names =
        Members.ToFrozenDictionary(value => value, value => value.ToString());

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string ToDb(TEnum value, string recordKind, string recordKey) =>
        Names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentException(
                $"{recordKind} '{recordKey}' has {typeof(TEnum).Name} value {value}, which is not a defined member: "
                + "map the source value to a defined member (Unspecified where there is one) before saving.");

    public static TEnum Read(DbDataReader reader, int ordinal, string table, string recordKey)
    {
        var text = reader.GetString(ordinal);
        return Values.TryGetValue(text, out var value) ? value : throw Unknown(text, reader.GetName(ordinal), table, recordKey);
    }

    /// <summary>
    /// SQL that turns the member name in <paramref name="column"/> into the member's position, or -1 for a name this
    /// build does not know. Bulk reads select it beside the name and read the number: no string per value. Member
    /// names are C# identifiers, so they are safe as SQL literals.
    /// </summary>
    public static string PositionSql(string column) =>
        $"CASE {column} {string.Concat(Members.Select((member, position) => string.Create(CultureInfo.InvariantCulture, $"WHEN '{Names[member]}' THEN {position} ")))}ELSE -1 END";

    /// <summary>The member at the position read from <see cref="PositionSql"/>; the name column is read only to explain an unknown one.</summary>
    public static TEnum FromPosition(IRowCursor row, int positionColumn, int nameColumn, string table, int keyColumn)
    {
        var position = row.Int32(positionColumn);
        return position >= 0
            ? Members[position]
            : throw Unknown(row.Text(nameColumn), row.ColumnName(nameColumn), table, row.Text(keyColumn));
    }

    private static InvalidOperationException Unknown(string text, string column, string table, string recordKey) =>
        new($"Row '{recordKey}' of table {table} holds '{text}' in column {column}, which is not a "
            + $"{typeof(TEnum).Name} this build knows: the file was written by a newer tarmeem or edited by hand; "
            + "upgrade tarmeem or correct the row.");
}
