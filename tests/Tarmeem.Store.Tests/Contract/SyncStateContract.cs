using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sync;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>
/// The sync state's behaviour every provider must show: a page's records and its resume link commit together or not at
/// all, and a full round (a first sync or a resync after an expired link) removes at its end what it did not see.
/// </summary>
public abstract class SyncStateContract
{
    private const string Source = "cases";
    private static readonly DateTimeOffset SeenAt = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task ApplyListPageAsync_Page_StoresRecordsItemsAndLinkTogether()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        Assert.Equal(SyncCursor.None, await state.GetCursorAsync(Source, CancellationToken.None));

        var counts = await state.ApplyListPageAsync(Page(1, full: true, end: false, "next-1", Cases(1, 3)), CancellationToken.None);

        Assert.Equal(new SyncCounts(3, 0, 0, 0), counts);
        Assert.Equal(new SyncCursor("next-1", 1, true), await state.GetCursorAsync(Source, CancellationToken.None));
        using var raw = folder.OpenRawConnection();
        Assert.Equal(["C-1", "C-2", "C-3"], Column(raw, "SELECT case_number FROM cases ORDER BY case_number"));
        Assert.Equal(["item-1|C-1|1", "item-2|C-2|1", "item-3|C-3|1"], Column(raw, "SELECT item_id || '|' || record_key || '|' || round FROM sync_items ORDER BY item_id"));
    }

    [Fact]
    public async Task ApplyListPageAsync_RefusedPartWay_LeavesNeitherRecordsNorDeletesNorTheNewLink()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(Page(1, full: true, end: true, "delta-1", Cases(1, 2)), CancellationToken.None);
        using var raw = folder.OpenRawConnection();
        var casesBefore = Column(raw, "SELECT case_number || '|' || channel FROM cases ORDER BY case_number");
        var itemsBefore = Column(raw, "SELECT item_id || '|' || record_key || '|' || round FROM sync_items ORDER BY item_id");

        // A delete, a change and more rows than one PostgreSQL round trip carries run before the last case is refused
        // for a channel that is no member: the store gets well into the page before the write fails.
        var changes = new List<ListItemChange> { ListItemChange.Removed("item-1"), Change(2, Channel.Letter) };
        changes.AddRange(Cases(3, 1_100));
        changes.Add(Change(1_101, (Channel)99));
        var page = Page(1, full: false, end: true, "delta-2", changes);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => state.ApplyListPageAsync(page, CancellationToken.None));

        Assert.Contains("C-1101", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new SyncCursor("delta-1", 1, false), await state.GetCursorAsync(Source, CancellationToken.None));
        Assert.Equal(casesBefore, Column(raw, "SELECT case_number || '|' || channel FROM cases ORDER BY case_number"));
        Assert.Equal(itemsBefore, Column(raw, "SELECT item_id || '|' || record_key || '|' || round FROM sync_items ORDER BY item_id"));

        // The page applied again once its data reads cleanly goes in whole, and only then does the link move.
        var counts = await state.ApplyListPageAsync(page with { Changes = [.. changes[..^1], Change(1_101, Channel.Phone)] }, CancellationToken.None);

        Assert.Equal(new SyncCounts(1_099, 1, 1, 0), counts);
        Assert.Equal(new SyncCursor("delta-2", 1, false), await state.GetCursorAsync(Source, CancellationToken.None));
        Assert.Equal(1_100L, Count(raw, "SELECT count(*) FROM cases"));
        Assert.Empty(Column(raw, "SELECT case_number FROM cases WHERE case_number = 'C-1'"));
    }

    [Fact]
    public async Task ApplyListPageAsync_ResyncRound_KeepsOldItemsUntilItsLastPageThenRemovesWhatItDidNotSee()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(Page(1, full: true, end: true, "delta-1", Cases(1, 6)), CancellationToken.None);

        // The saved link expired (410): the service starts round 2 from no link and pages through everything again.
        await state.ApplyListPageAsync(Page(2, full: true, end: false, "next-2", Cases(1, 2)), CancellationToken.None);
        var midway = await state.GetCursorAsync(Source, CancellationToken.None);
        using var raw = folder.OpenRawConnection();
        var casesMidway = Column(raw, "SELECT case_number FROM cases ORDER BY case_number");
        var last = await state.ApplyListPageAsync(Page(2, full: true, end: true, "delta-2", [.. Cases(3, 4), Change(7, Channel.Phone)]), CancellationToken.None);

        Assert.Equal(new SyncCursor("next-2", 2, true), midway);
        Assert.Equal(["C-1", "C-2", "C-3", "C-4", "C-5", "C-6"], casesMidway);
        Assert.Equal(new SyncCounts(1, 2, 2, 0), last);
        Assert.Equal(new SyncCursor("delta-2", 2, false), await state.GetCursorAsync(Source, CancellationToken.None));
        Assert.Equal(["C-1", "C-2", "C-3", "C-4", "C-7"], Column(raw, "SELECT case_number FROM cases ORDER BY case_number"));
        Assert.Equal(["2"], Column(raw, "SELECT DISTINCT round FROM sync_items"));
    }

    [Fact]
    public async Task ApplyMailPageAsync_RefusedPartWay_LeavesNeitherMessagesNorInquiriesNorTheNewLink()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyMailPageAsync(MailPage("delta-1", [new MailMessageTiming("m-1", "conv-1", SeenAt.AddHours(-3))]), CancellationToken.None);
        var page = MailPage("delta-2",
        [
            new MailMessageTiming("m-2", "conv-2", SeenAt.AddHours(-2)),
            new MailMessageTiming("m-3", "conv-3", SeenAt.AddHours(-1), Marks: new MailMarks { Channel = (Channel)99 }),
        ]);

        await Assert.ThrowsAsync<ArgumentException>(() => state.ApplyMailPageAsync(page, CancellationToken.None));

        using var raw = folder.OpenRawConnection();
        Assert.Equal(new SyncCursor("delta-1", 1, false), await state.GetCursorAsync("mailbox:inbox", CancellationToken.None));
        Assert.Equal(["m-1"], Column(raw, "SELECT message_id FROM mail_messages ORDER BY message_id"));
        Assert.Equal([MailedInquiries.KeyPrefix + "conv-1"], Column(raw, "SELECT id FROM inquiries ORDER BY id"));

        var counts = await state.ApplyMailPageAsync(page with { Messages = [page.Messages[0], page.Messages[1] with { Marks = null }] }, CancellationToken.None);

        Assert.Equal(2, counts.Added);
        Assert.Equal(new SyncCursor("delta-2", 1, false), await state.GetCursorAsync("mailbox:inbox", CancellationToken.None));
        Assert.Equal(["m-1", "m-2", "m-3"], Column(raw, "SELECT message_id FROM mail_messages ORDER BY message_id"));
    }

    [Fact]
    public async Task ApplyMailPageAsync_CancelledWhileWriting_LeavesNothingAndTheSamePageThenGoesInWhole()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        using var cancel = new CancellationTokenSource();
        // The token is cancelled while the store walks the page's messages: on SQLite 1,500 rows are already written
        // in the transaction, on PostgreSQL the first 1,000 have gone in one round trip.
        var messages = new CancellingList<MailMessageTiming>(
            [.. Enumerable.Range(1, 2_000).Select(i => new MailMessageTiming($"m-{i}", $"conv-{i}", SeenAt.AddMinutes(-i)))], 1_500, cancel);
        var page = MailPage("delta-1", messages);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => state.ApplyMailPageAsync(page, cancel.Token));

        using var raw = folder.OpenRawConnection();
        Assert.Equal(SyncCursor.None, await state.GetCursorAsync("mailbox:inbox", CancellationToken.None));
        Assert.Equal(0L, Count(raw, "SELECT count(*) FROM mail_messages"));
        Assert.Equal(0L, Count(raw, "SELECT count(*) FROM inquiries"));
        Assert.Equal(0L, Count(raw, "SELECT count(*) FROM sync_coverage"));

        var counts = await state.ApplyMailPageAsync(page with { Messages = [.. messages] }, CancellationToken.None);

        Assert.Equal(2_000, counts.Added);
        Assert.Equal(new SyncCursor("delta-1", 1, false), await state.GetCursorAsync("mailbox:inbox", CancellationToken.None));
        Assert.Equal(2_000L, Count(raw, "SELECT count(*) FROM mail_messages"));
        Assert.Equal(2_000L, Count(raw, "SELECT count(*) FROM inquiries"));
    }

    private static ListSyncPage Page(long round, bool full, bool end, string link, IReadOnlyList<ListItemChange> changes) => new()
    {
        Source = Source,
        Kind = SyncRecordKind.Case,
        Round = round,
        FullRound = full,
        Changes = changes,
        Link = link,
        EndOfRound = end,
        SeenAt = SeenAt,
    };

    private static MailSyncPage MailPage(string link, IReadOnlyList<MailMessageTiming> messages) => new()
    {
        Source = "mailbox:inbox",
        Role = MailFolderRole.Incoming,
        Round = 1,
        FullRound = false,
        Messages = messages,
        Link = link,
        Channel = Channel.Website,
        Branch = Branch.Unspecified,
        SeenAt = SeenAt,
    };

    private static List<ListItemChange> Cases(int first, int last) =>
        [.. Enumerable.Range(first, last - first + 1).Select(i => Change(i, Channel.InPerson))];

    private static ListItemChange Change(int i, Channel channel) => new()
    {
        ItemId = $"item-{i}",
        Case = StoreSamples.EmptyCase($"C-{i}") with { Channel = channel },
    };

    private static long Count(DbConnection connection, string sql) =>
        Convert.ToInt64(RawSql.Scalar(connection, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Column(DbConnection connection, string sql) => [.. RawSql.Rows(connection, sql).Select(r => r[0])];

    /// <summary>A list that cancels <paramref name="cancel"/> when an enumeration reaches position <paramref name="at"/>.</summary>
    private sealed class CancellingList<T>(IReadOnlyList<T> items, int at, CancellationTokenSource cancel) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i == at)
                {
                    cancel.Cancel();
                }

                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
