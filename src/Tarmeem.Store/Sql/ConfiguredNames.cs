using Tarmeem.Core.Localization;

namespace Tarmeem.Store.Sql;

/// <summary>
/// Branches and service types are stored like enums (by member name) for the built-in members, and by their
/// configured code for one added in settings (<see cref="ValueCatalog{TEnum}"/>). Bulk reads keep the one-number
/// path for the built-in members; only a configured value reads its code as text.
/// </summary>
internal static class ConfiguredNames<TEnum>
    where TEnum : struct, Enum
{
    public static string PositionSql(string column) => EnumNames<TEnum>.PositionSql(column);

    public static string ToDb(TEnum value, string recordKind, string recordKey) =>
        !Enum.IsDefined(value) && ValueCatalogs.Current<TEnum>().IsKnown(value)
            ? ValueCatalogs.Current<TEnum>().Code(value)
            : EnumNames<TEnum>.ToDb(value, recordKind, recordKey);

    public static TEnum FromPosition(IRowCursor row, int positionColumn, int nameColumn, string table, int keyColumn) =>
        row.Int32(positionColumn) < 0 && ValueCatalogs.Current<TEnum>().TryParse(row.Text(nameColumn), out var configured)
            ? configured
            : EnumNames<TEnum>.FromPosition(row, positionColumn, nameColumn, table, keyColumn);
}
