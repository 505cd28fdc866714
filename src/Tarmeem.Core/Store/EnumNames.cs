using System.Collections.Frozen;
using Microsoft.Data.Sqlite;

namespace Tarmeem.Core.Store;

/// <summary>
/// Enums are stored by member name, so reordering or renumbering a C# enum never changes what a stored row means.
/// Lookups are precomputed: <see cref="Enum.ToString()"/> and parsing per row would dominate bulk writes and reads.
/// </summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => value.ToString());

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string ToDb(TEnum value, string recordKind, string recordKey) =>
        Names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentException(
                $"{recordKind} '{recordKey}' has {typeof(TEnum).Name} value {value}, which is not a defined member: "
                + "map the source value to a defined member (Unspecified where there is one) before saving.");

    public static TEnum Read(SqliteDataReader reader, int ordinal, string table, string recordKey)
    {
        var text = reader.GetString(ordinal);
        return Values.TryGetValue(text, out var value)
            ? value
            : throw new InvalidOperationException(
                $"Row '{recordKey}' of table {table} holds '{text}' in column {reader.GetName(ordinal)}, which is not a "
                + $"{typeof(TEnum).Name} this build knows: the file was written by a newer tarmeem or edited by hand; "
                + "upgrade tarmeem or correct the row.");
    }
}
