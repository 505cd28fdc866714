using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Store.Sync;

/// <summary>
/// Applies one <see cref="ListSyncPage"/> inside the caller's transaction. Deletes run at once and records are
/// upserted together at the end, so an item that changes key frees the old one before anyone takes it.
/// </summary>
/// <remarks>
/// Two reads answer every item's questions (is it known, under which key; who holds the key it wants): the page's
/// items and keys are read at the start, a few hundred per statement, and kept up to date in memory as the page goes,
/// in its order. The items' own rows are written in batches. A round trip per item and question cost PostgreSQL about
/// half a second for a page of 2,000 items.
/// </remarks>
internal sealed class ListPageWriter : IDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly ListSyncPage page;
    private readonly PreparedBatch saveItem;
    private readonly DbCommand forgetItem;
    private readonly DbCommand deleteRecord;
    private readonly DbCommand unquarantine;
    private readonly DbCommand forgetContact;
    private readonly Dictionary<string, SupportCase> cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Inquiry> inquiries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SurveyContact> contacts = new(StringComparer.Ordinal);
    private readonly List<QuarantinedRecord> quarantined = [];
    private readonly Dictionary<string, string?> knownItems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> keyHolders = new(StringComparer.Ordinal);
    private int added;
    private int changed;
    private int deleted;

    public ListPageWriter(DbConnection connection, DbTransaction transaction, ListSyncPage page)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.page = page;
        saveItem = new PreparedBatch(connection, transaction, """
            INSERT INTO sync_items (source, item_id, record_key, round) VALUES (@source, @item, @key, @round)
            ON CONFLICT (source, item_id) DO UPDATE SET record_key = excluded.record_key, round = excluded.round;
            """, "@source", "@item", "@key", "@round");
        forgetItem = Prepare("DELETE FROM sync_items WHERE source = @source AND item_id = @item;", "@item");
        deleteRecord = Prepare(SyncRows.DeleteRecordSql(page.Kind), "@key");
        unquarantine = Prepare(QuarantineRows.ReleaseSql, "@source_id", "@at");
        // A record deleted at the source takes its survey address with it: nothing is surveyed about it any more.
        forgetContact = Prepare(
            $"DELETE FROM survey_contacts WHERE subject_kind = '{(page.Kind == SyncRecordKind.Case ? SurveySubjectKind.Case : SurveySubjectKind.Inquiry)}' AND subject_id = @key;",
            "@key");
    }

    public async Task<SyncCounts> ApplyAsync(CancellationToken cancellationToken)
    {
        // An item listed twice in one feed keeps its last state: only its last line counts.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var last = new List<ListItemChange>();
        for (var i = page.Changes.Count - 1; i >= 0; i--)
        {
            if (seen.Add(page.Changes[i].ItemId))
            {
                last.Add(page.Changes[i]);
            }
        }

        last.Reverse();
        await ReadItemsAndHoldersAsync(last, cancellationToken);
        foreach (var change in last)
        {
            await ApplyAsync(change, cancellationToken);
        }

        // The sweep reads sync_items: the page's own rows must be there first.
        await saveItem.FlushAsync(cancellationToken);
        if (page.EndOfRound && page.FullRound)
        {
            await SweepAsync(cancellationToken);
        }

        await CaseRows.UpsertAsync(connection, transaction, cases.Values, cancellationToken);
        await InquiryRows.UpsertAsync(connection, transaction, inquiries.Values, cancellationToken);
        await QuarantineRows.UpsertAsync(connection, transaction, quarantined, cancellationToken);
        await SurveyPlanRows.UpsertContactsAsync(connection, transaction, contacts.Values, page.SeenAt, cancellationToken);
        return new SyncCounts(added, changed, deleted, quarantined.Count);
    }

    public void Dispose()
    {
        saveItem.Dispose();
        forgetItem.Dispose();
        deleteRecord.Dispose();
        unquarantine.Dispose();
        forgetContact.Dispose();
    }

    private async Task ApplyAsync(ListItemChange change, CancellationToken cancellationToken)
    {
        var known = knownItems.TryGetValue(change.ItemId, out var oldKey);
        if (change.Deleted)
        {
            if (known)
            {
                await ForgetAsync(change.ItemId, oldKey, cancellationToken);
                Release(oldKey, change.ItemId);
                deleted++;
            }

            return;
        }

        var newKey = change.Case?.CaseNumber ?? change.Inquiry?.Id;
        var (reason, problem, field) = (change.QuarantineReason, change.QuarantineProblem, change.QuarantineField);
        if (reason is null && newKey is not null && Holder(newKey, change.ItemId) is { } holder)
        {
            (reason, problem) = ($"its key '{newKey}' is already used by list item {holder}; give each item its own key at the source", QuarantineProblem.DuplicateKey);
        }

        if (reason is not null || newKey is null)
        {
            await DropRecordAsync(oldKey, cancellationToken);
            await SaveItemAsync(change.ItemId, oldKey, null, cancellationToken);
            quarantined.Add(new QuarantinedRecord
            {
                Source = page.Source,
                SourceId = change.ItemId,
                Reason = reason ?? "the item became no record",
                Problem = problem,
                Field = field,
                SeenAt = page.SeenAt,
            });
            return;
        }

        if (oldKey is not null && !string.Equals(oldKey, newKey, StringComparison.Ordinal))
        {
            await DropRecordAsync(oldKey, cancellationToken);
        }
        else if (known && oldKey is null)
        {
            await RunAsync(unquarantine, cancellationToken, change.ItemId, Instants.ToDb(page.SeenAt));
        }

        await SaveItemAsync(change.ItemId, oldKey, newKey, cancellationToken);
        if (change.Case is { } supportCase)
        {
            cases[newKey] = supportCase;
        }
        else if (change.Inquiry is { } inquiry)
        {
            inquiries[newKey] = inquiry;
        }

        if (change.Contact is { } contact)
        {
            contacts[newKey] = contact;
        }

        if (known)
        {
            changed++;
        }
        else
        {
            added++;
        }
    }

    /// <summary>After a full round, whatever the round did not see is gone at the source.</summary>
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var stale = new List<(string Item, string? Key)>();
        using (var command = SyncRows.Command(connection, transaction, "SELECT item_id, record_key FROM sync_items WHERE source = @source AND round < @round;"))
        {
            command.AddParameter("@source", page.Source);
            command.AddParameter("@round", page.Round);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stale.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        foreach (var (item, key) in stale)
        {
            await ForgetAsync(item, key, cancellationToken);
            deleted++;
        }
    }

    private async Task ForgetAsync(string itemId, string? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            await RunAsync(unquarantine, cancellationToken, itemId, Instants.ToDb(page.SeenAt));
        }
        else
        {
            await DropRecordAsync(key, cancellationToken);
        }

        await RunAsync(forgetItem, cancellationToken, itemId);
    }

    private async Task DropRecordAsync(string? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return;
        }

        cases.Remove(key);
        inquiries.Remove(key);
        contacts.Remove(key);
        await RunAsync(deleteRecord, cancellationToken, key);
        await RunAsync(forgetContact, cancellationToken, key);
    }

    /// <summary>
    /// Reads, for the page's items, whether each is known and under which key, and for the keys the page wants, which
    /// items hold them now: what the page's questions are asked against, then kept current in memory.
    /// </summary>
    private async Task ReadItemsAndHoldersAsync(List<ListItemChange> changes, CancellationToken cancellationToken)
    {
        foreach (var (item, key) in await ReadItemsAsync("item_id", [.. changes.Select(c => c.ItemId)], cancellationToken))
        {
            knownItems[item] = key;
        }

        var wanted = changes.Select(c => c.Case?.CaseNumber ?? c.Inquiry?.Id).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var key in wanted)
        {
            keyHolders[key] = new SortedSet<string>(StringComparer.Ordinal);
        }

        foreach (var (item, key) in await ReadItemsAsync("record_key", wanted, cancellationToken))
        {
            keyHolders[key!].Add(item);
        }
    }

    /// <summary>The (item, key) rows of sync_items whose <paramref name="column"/> is one of <paramref name="values"/>.</summary>
    private async Task<List<(string Item, string? Key)>> ReadItemsAsync(string column, List<string> values, CancellationToken cancellationToken)
    {
        // Over the network a round trip costs more than a long list; in process (SQLite) binding parameters by name
        // costs more the longer the list, and a statement costs little.
        var perStatement = connection.CanCreateBatch ? 500 : 50;
        var rows = new List<(string, string?)>();
        for (var start = 0; start < values.Count; start += perStatement)
        {
            var chunk = values.Skip(start).Take(perStatement).ToList();
            var names = chunk.Select((_, i) => "@v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            using var command = SyncRows.Command(
                connection, transaction, $"SELECT item_id, record_key FROM sync_items WHERE source = @source AND {column} IN ({string.Join(", ", names)});");
            command.AddParameter("@source", page.Source);
            for (var i = 0; i < chunk.Count; i++)
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

    /// <summary>Another item holding the key now, the first by id when (against the rule) several do.</summary>
    private string? Holder(string key, string itemId) =>
        keyHolders.TryGetValue(key, out var items) ? items.FirstOrDefault(i => !string.Equals(i, itemId, StringComparison.Ordinal)) : null;

    private void Release(string? key, string itemId)
    {
        if (key is not null && keyHolders.TryGetValue(key, out var items))
        {
            items.Remove(itemId);
        }
    }

    private async Task SaveItemAsync(string itemId, string? oldKey, string? newKey, CancellationToken cancellationToken)
    {
        Release(oldKey, itemId);
        if (newKey is not null && keyHolders.TryGetValue(newKey, out var items))
        {
            items.Add(itemId);
        }

        saveItem[0] = page.Source;
        saveItem[1] = itemId;
        saveItem[2] = (object?)newKey ?? DBNull.Value;
        saveItem[3] = page.Round;
        await saveItem.RunAsync(cancellationToken);
    }

    private static async Task RunAsync(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        // Parameters after @source are in the order Prepare named them.
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i + 1].Value = values[i];
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Prepare(string sql, params string[] parameters)
    {
        var command = SyncRows.Command(connection, transaction, sql);
        command.AddParameter("@source", page.Source);
        foreach (var name in parameters)
        {
            command.AddParameter(name, DBNull.Value);
        }

        command.Prepare();
        return command;
    }
}
