using System.Text.Json.Nodes;

namespace Tarmeem.GraphLoopback.Delta;

/// <summary>
/// A collection (a list's items, a mail folder's messages) with a numbered change history, so a delta token is
/// just "changes after number N". Thread-safe.
/// </summary>
public sealed class ChangeJournal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (JsonObject State, long Created)> _items = new(StringComparer.Ordinal);
    private readonly List<(long Sequence, string Id)> _changes = [];
    private long _sequence;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Adds or replaces a resource and records the change.</summary>
    public void Upsert(string id, JsonObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            var sequence = ++_sequence;
            var created = _items.TryGetValue(id, out var existing) ? existing.Created : sequence;
            _items[id] = (state, created);
            _changes.Add((sequence, id));
        }
    }

    /// <summary>Changes a resource in place under the lock and records the change; false when it does not exist.</summary>
    public bool Update(string id, Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!_items.TryGetValue(id, out var existing))
            {
                return false;
            }

            change(existing.State);
            _changes.Add((++_sequence, id));
            return true;
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            if (!_items.Remove(id))
            {
                return false;
            }

            _changes.Add((++_sequence, id));
            return true;
        }
    }

    /// <summary>A copy of one resource, or null.</summary>
    public JsonObject? Get(string id)
    {
        lock (_gate)
        {
            return _items.TryGetValue(id, out var entry) ? (JsonObject)entry.State.DeepClone() : null;
        }
    }

    /// <summary>Every live resource (copies) in creation order, with the change number they reflect.</summary>
    public (IReadOnlyList<DeltaEntry> Entries, long Sequence) Snapshot()
    {
        lock (_gate)
        {
            var entries = _items
                .OrderBy(p => p.Value.Created)
                .Select(p => new DeltaEntry(p.Key, (JsonObject)p.Value.State.DeepClone()))
                .ToList();
            return (entries, _sequence);
        }
    }

    /// <summary>
    /// What changed after <paramref name="sequence"/>. With <paramref name="repeatEachChange"/> an item changed
    /// twice is listed twice, as real Graph may do; otherwise once, at its last change.
    /// </summary>
    public (IReadOnlyList<DeltaEntry> Entries, long Sequence) ChangesSince(long sequence, bool repeatEachChange)
    {
        lock (_gate)
        {
            var changed = _changes.Where(c => c.Sequence > sequence).ToList();
            if (!repeatEachChange)
            {
                changed = changed.GroupBy(c => c.Id).Select(g => g.Last()).OrderBy(c => c.Sequence).ToList();
            }

            var entries = changed
                .Select(c => new DeltaEntry(
                    c.Id,
                    _items.TryGetValue(c.Id, out var live) ? (JsonObject)live.State.DeepClone() : null))
                .ToList();
            return (entries, _sequence);
        }
    }
}
