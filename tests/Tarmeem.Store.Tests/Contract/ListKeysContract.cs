using Tarmeem.Core.Domain;
using Tarmeem.Store.Sync;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>
/// What a list page does with record keys, on every provider: an item that changes its key frees the old one; a key
/// another item holds is refused (the item held back, naming the holder), judged in the page's order, so a key freed
/// earlier in the same page may be taken later in it; an item held back and then readable is released.
/// </summary>
public abstract class ListKeysContract
{
    private static readonly DateTimeOffset SeenAt = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task ApplyListPageAsync_ItemChangesItsKey_OldRecordGoneNewOneStored()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(Page(1, Item("a", "C-1"), Item("b", "C-2")), CancellationToken.None);

        var counts = await state.ApplyListPageAsync(Page(2, Item("a", "C-9")), CancellationToken.None);

        Assert.Equal(new SyncCounts(0, 1, 0, 0), counts);
        Assert.Equal(["C-2|b", "C-9|a"], Keys(folder));
        Assert.Empty(Held(folder));
    }

    [Fact]
    public async Task ApplyListPageAsync_KeyHeldByAnotherItem_HeldBackNamingTheHolderUntilTheKeyIsFreed()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(Page(1, Item("a", "C-1")), CancellationToken.None);

        var clash = await state.ApplyListPageAsync(Page(2, Item("b", "C-1")), CancellationToken.None);
        var heldWhileTaken = Held(folder);
        // The holder moves on, then the held item is read again: it takes the key and is released.
        await state.ApplyListPageAsync(Page(3, Item("a", "C-2")), CancellationToken.None);
        var released = await state.ApplyListPageAsync(Page(4, Item("b", "C-1")), CancellationToken.None);

        Assert.Equal(new SyncCounts(0, 0, 0, 1), clash);
        Assert.Equal(["b|DuplicateKey|its key 'C-1' is already used by list item a; give each item its own key at the source"], heldWhileTaken);
        Assert.Equal(new SyncCounts(0, 1, 0, 0), released);
        Assert.Equal(["C-1|b", "C-2|a"], Keys(folder));
        Assert.Empty(Held(folder));
    }

    [Fact]
    public async Task ApplyListPageAsync_KeyFreedEarlierInThePage_TakenLaterInIt()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(Page(1, Item("a", "C-1"), Item("b", "C-2")), CancellationToken.None);

        // A swap written as the list's feed gives it: a moves to a new number, then b takes a's old one.
        var counts = await state.ApplyListPageAsync(Page(2, Item("a", "C-3"), Item("b", "C-1")), CancellationToken.None);

        Assert.Equal(new SyncCounts(0, 2, 0, 0), counts);
        Assert.Equal(["C-1|b", "C-3|a"], Keys(folder));
        Assert.Empty(Held(folder));
    }

    [Fact]
    public async Task ApplyListPageAsync_KeyFreedLaterInThePage_HeldBackThisPage()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(Page(1, Item("a", "C-1"), Item("b", "C-2")), CancellationToken.None);

        // The same swap in the other order: when b asks for C-1, a still holds it.
        var counts = await state.ApplyListPageAsync(Page(2, Item("b", "C-1"), Item("a", "C-3")), CancellationToken.None);

        Assert.Equal(new SyncCounts(0, 1, 0, 1), counts);
        Assert.Equal(["C-3|a"], Keys(folder));
        Assert.Equal(["b|DuplicateKey|its key 'C-1' is already used by list item a; give each item its own key at the source"], Held(folder));
    }

    [Fact]
    public async Task ApplyListPageAsync_PageLongerThanOneLookup_KeysJudgedInPageOrderAcrossIt()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(Page(1, [.. Enumerable.Range(1, 1_200).Select(i => Item($"item-{i}", $"C-{i}"))]), CancellationToken.None);

        // Every item renumbered one down, each taking the number the one before it has just freed, then a new item
        // asking for a number an item near the middle of the page took.
        var renumbered = Enumerable.Range(1, 1_200).Select(i => Item($"item-{i}", $"C-{i - 1}")).Append(Item("late", "C-600")).ToArray();
        var counts = await state.ApplyListPageAsync(Page(2, renumbered), CancellationToken.None);

        Assert.Equal(new SyncCounts(0, 1_200, 0, 1), counts);
        var keys = Keys(folder);
        Assert.Equal(1_200, keys.Count);
        Assert.Contains("C-0|item-1", keys);
        Assert.Contains("C-1199|item-1200", keys);
        Assert.Equal(["late|DuplicateKey|its key 'C-600' is already used by list item item-601; give each item its own key at the source"], Held(folder));
    }

    [Fact]
    public async Task ApplyListPageAsync_HeldBackItemDeletedAtTheSource_ReleasedAndForgotten()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var state = new SqlSyncStateStore(store);
        await state.ApplyListPageAsync(
            Page(1, ListItemChange.Quarantined("a", "column 'Received' is not a date", QuarantineProblem.NotADate, "Received"), Item("b", "C-2")), CancellationToken.None);
        var heldFirst = Held(folder);

        var counts = await state.ApplyListPageAsync(Page(2, ListItemChange.Removed("a"), ListItemChange.Removed("b"), ListItemChange.Removed("never-seen")), CancellationToken.None);

        Assert.Equal(["a|NotADate|column 'Received' is not a date"], heldFirst);
        Assert.Equal(new SyncCounts(0, 0, 2, 0), counts);
        Assert.Empty(Keys(folder));
        Assert.Empty(Held(folder));
    }

    private static ListSyncPage Page(long round, params ListItemChange[] changes) => new()
    {
        Source = "cases",
        Kind = SyncRecordKind.Case,
        Round = 1,
        FullRound = false,
        Changes = changes,
        Link = $"delta-{round}",
        EndOfRound = true,
        SeenAt = SeenAt.AddMinutes(round),
    };

    private static ListItemChange Item(string itemId, string caseNumber) => new() { ItemId = itemId, Case = StoreSamples.EmptyCase(caseNumber) };

    /// <summary>Every stored case with the list item that holds its number.</summary>
    private static List<string> Keys(IStoreUnderTest folder)
    {
        using var raw = folder.OpenRawConnection();
        return [.. RawSql.Rows(raw, "SELECT c.case_number || '|' || i.item_id FROM cases c JOIN sync_items i ON i.record_key = c.case_number ORDER BY c.case_number").Select(r => r[0])];
    }

    /// <summary>The items held back now, with the kind of problem and the reason.</summary>
    private static List<string> Held(IStoreUnderTest folder)
    {
        using var raw = folder.OpenRawConnection();
        return [.. RawSql.Rows(raw, "SELECT source_id || '|' || problem || '|' || reason FROM quarantined_records WHERE released_at IS NULL ORDER BY source_id").Select(r => r[0])];
    }
}
