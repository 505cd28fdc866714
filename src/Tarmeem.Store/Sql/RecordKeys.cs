namespace Tarmeem.Store.Sql;

/// <summary>Every stored record needs its key; a batch with a missing one is refused whole, naming the position.</summary>
internal static class RecordKeys
{
    public static string Require(string? key, string recordKind, string keyName, int position) =>
        string.IsNullOrWhiteSpace(key)
            ? throw new ArgumentException(
                $"{recordKind} at position {position} of the batch has no {keyName}, and nothing "
                + "is stored without its key: quarantine the source record instead of saving it.")
            : key;
}
