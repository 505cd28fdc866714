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
/// <remarks>Each item's questions are answered from <see cref="ListPageKeys"/>; its own row is written in batches.</remarks>
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
        var keys = await ListPageKeys.ReadAsync(connection, transaction, page.Source, last, cancellationToken);
        foreach (var change in last)
        {
            await ApplyAsync(change, keys, cancellationToken);
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

    private async Task ApplyAsync(ListItemChange change, ListPageKeys keys, CancellationToken cancellationToken)
    {
        var known = keys.TryGetKnown(change.ItemId, out var oldKey);
        if (change.Deleted)
        {
            if (known)
            {
                await ForgetAsync(change.ItemId, oldKey, cancellationToken);
                keys.Move(change.ItemId, oldKey, null);
                deleted++;
            }

            return;
        }

        var newKey = change.Case?.CaseNumber ?? change.Inquiry?.Id;
        var (reason, problem, field) = (change.QuarantineReason, change.QuarantineProblem, change.QuarantineField);
        if (reason is null && newKey is not null && keys.Holder(newKey, change.ItemId) is { } holder)
        {
            (reason, problem) = ($"its key '{newKey}' is already used by list item {holder}; give each item its own key at the source", QuarantineProblem.DuplicateKey);
        }

        if (reason is not null || newKey is null)
        {
            await DropRecordAsync(oldKey, cancellationToken);
            await SaveItemAsync(keys, change.ItemId, oldKey, null, cancellationToken);
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

        await SaveItemAsync(keys, change.ItemId, oldKey, newKey, cancellationToken);
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

    private async Task SaveItemAsync(ListPageKeys keys, string itemId, string? oldKey, string? newKey, CancellationToken cancellationToken)
    {
        keys.Move(itemId, oldKey, newKey);
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
