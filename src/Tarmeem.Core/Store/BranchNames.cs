using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Core.Store;

/// <summary>
/// Branches are stored like enums (by member name) for the five built in, and by their configured code for a
/// branch added in settings (<see cref="BranchCatalog"/>). Bulk reads keep the one-number path for the five; only a
/// configured branch reads its code as text.
/// </summary>
internal static class BranchNames
{
    public static string PositionSql(string column) => EnumNames<Branch>.PositionSql(column);

    public static string ToDb(Branch value, string recordKind, string recordKey) =>
        !Enum.IsDefined(value) && BranchCatalog.Current.IsKnown(value)
            ? BranchCatalog.Current.Code(value)
            : EnumNames<Branch>.ToDb(value, recordKind, recordKey);

    public static Branch FromPosition(RowCursor row, int positionColumn, int nameColumn, string table, int keyColumn) =>
        row.Int32(positionColumn) < 0 && BranchCatalog.Current.TryParse(row.Text(nameColumn), out var configured)
            ? configured
            : EnumNames<Branch>.FromPosition(row, positionColumn, nameColumn, table, keyColumn);
}
