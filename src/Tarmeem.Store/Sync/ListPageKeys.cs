using System.Data.Common;
using System.Globalization;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Sync;

/// <summary>
/// What a list page asks of <c>sync_items</c>, read once at its start: whether each of its items is known and under
/// which key, and which items hold the keys it wants. The writer keeps it current as it goes, in the page's order, so a
/// key freed earlier in the page is free later in it. A round trip per item and question cost PostgreSQL about half a
/// second for a page of 2,000 items.
/// </summary>
internal sealed class ListPageKeys
{
    private readonly Dictionary<string, string?> knownItems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> keyHolders = new(StringComparer.Ordinal);

    private ListPageKeys()
    {
    }

    public static async Task<ListPageKeys> ReadAsync(
        DbConnection connection, DbTransaction transaction, string source, IReadOnlyList<ListItemChange> changes, CancellationToken cancellationToken)
    {
        var keys = new ListPageKeys();
        foreach (var (item, key) in await ReadItemsAsync(connection, transaction, source, "item_id", [.. changes.Select(c => c.ItemId)], cancellationToken))
        {
            keys.knownItems[item] = key;
        }

        var wanted = changes.Select(c => c.Case?.CaseNumber ?? c.Inquiry?.Id).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var key in wanted)
        {
            keys.keyHolders[key] = new SortedSet<string>(StringComparer.Ordinal);
        }

        foreach (var (item, key) in await ReadItemsAsync(connection, transaction, source, "record_key", wanted, cancellationToken))
        {
            keys.keyHolders[key!].Add(item);
        }

        return keys;
    }

    /// <summary>True when sync has seen the item before; <paramref name="key"/> is its record's key, null while held back.</summary>
    public bool TryGetKnown(string itemId, out string? key) => knownItems.TryGetValue(itemId, out key);

    /// <summary>Another item holding the key now, the first by id when (against the rule) several do.</summary>
    public string? Holder(string key, string itemId) =>
        keyHolders.TryGetValue(key, out var items) ? items.FirstOrDefault(i => !string.Equals(i, itemId, StringComparison.Ordinal)) : null;

    /// <summary>The item gives up <paramref name="oldKey"/> and, unless null, takes <paramref name="newKey"/>.</summary>
    public void Move(string itemId, string? oldKey, string? newKey)
    {
        if (oldKey is not null && keyHolders.TryGetValue(oldKey, out var before))
        {
            before.Remove(itemId);
        }

        if (newKey is not null && keyHolders.TryGetValue(newKey, out var after))
        {
            after.Add(itemId);
        }
    }

    /// <summary>The (item, key) rows of the source's items whose <paramref name="column"/> is one of <paramref name="values"/>.</summary>
    private static async Task<List<(string Item, string? Key)>> ReadItemsAsync(
        DbConnection connection, DbTransaction transaction, string source, string column, List<string> values, CancellationToken cancellationToken)
    {
        // Over the network a round trip costs more than a long list; in process (SQLite) binding parameters by name
        // costs more the longer the list, and a statement costs little.
        var perStatement = connection.CanCreateBatch ? 500 : 50;
        var rows = new List<(string, string?)>();
        foreach (var chunk in values.Chunk(perStatement))
        {
            var names = chunk.Select((_, i) => "@v" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            using var command = SyncRows.Command(
                connection, transaction, $"SELECT item_id, record_key FROM sync_items WHERE source = @source AND {column} IN ({string.Join(", ", names)});");
            command.AddParameter("@source", source);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.AddParameter(names[i], chunk[i]);
            }

            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        return rows;
    }
}
