using Tarmeem.Core.Domain;
using Tarmeem.Store.Records;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>The record store's write behaviour every provider must show; a provider's fixture subclasses it.</summary>
public abstract class ServiceRecordStoreWriteContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, StoreSamples.Riyadh);
    private static readonly DateTimeOffset End = new(2026, 4, 1, 0, 0, 0, StoreSamples.Riyadh);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task UpsertCasesAsync_SameCaseNumberTwice_LastWriteWins()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var first = StoreSamples.FullCase("C-1");
        var second = first with { Decision = CaseDecision.Rejected, ServiceDelivered = null, RawChannel = null, Branch = Branch.Taif };

        await store.UpsertCasesAsync([first], CancellationToken.None);
        await store.UpsertCasesAsync([second], CancellationToken.None);

        Assert.Equal([second], (await store.ReadAsync(Start, End, CancellationToken.None)).Cases);
    }

    [Fact]
    public async Task UpsertCasesAsync_SameCaseNumberTwiceInOneBatch_KeepsTheLater()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var later = StoreSamples.EmptyCase("C-1") with { Channel = Channel.Letter };

        await store.UpsertCasesAsync([StoreSamples.EmptyCase("C-1"), later], CancellationToken.None);

        Assert.Equal([later], (await store.ReadAsync(Start, End, CancellationToken.None)).Cases);
    }

    [Fact]
    public async Task Upserts_EachKindRewritten_LastWriteWinsWithoutDuplicates()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.SaveAsync(
            new ServiceRecords
            {
                Inquiries = [StoreSamples.FullInquiry("I-1")],
                Invitations = [StoreSamples.FullInvitation("V-1")],
                Responses = [StoreSamples.FullResponse("V-1")],
                Quarantined = [StoreSamples.Quarantined("item-1", StoreSamples.At(3, 2))],
            },
            CancellationToken.None);
        var inquiry = StoreSamples.FullInquiry("I-1") with { Resolved = null, Category = InquiryCategory.Eligibility };
        var invitation = StoreSamples.FullInvitation("V-1") with { Status = InvitationStatus.Expired, ReminderSentAt = null };
        var response = StoreSamples.BareResponse("V-1", StoreSamples.At(3, 9));
        var quarantined = StoreSamples.Quarantined("item-1", StoreSamples.At(3, 12)) with { Reason = "Branch is empty" };

        await store.UpsertInquiriesAsync([inquiry], CancellationToken.None);
        await store.UpsertInvitationsAsync([invitation], CancellationToken.None);
        await store.UpsertResponsesAsync([response], CancellationToken.None);
        await store.AddQuarantinedAsync([quarantined], CancellationToken.None);

        var read = await store.ReadAsync(Start, End, CancellationToken.None);
        Assert.Equal([inquiry], read.Inquiries);
        Assert.Equal([invitation], read.Invitations);
        Assert.Equal([response], read.Responses);
        // Seen again while still held back: the latest reason and sighting, quarantined since the first.
        Assert.Equal([quarantined with { Since = StoreSamples.At(3, 2) }], read.Quarantined);
        Assert.Equal(new StoreCounts(0, 1, 1, 1, 1), await store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task UpsertResponsesAsync_UnknownInvitation_NamesItAndStoresNothing()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.UpsertInvitationsAsync([StoreSamples.FullInvitation("V-1")], CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpsertResponsesAsync(
            [StoreSamples.FullResponse("V-1"), StoreSamples.FullResponse("V-404")], CancellationToken.None));

        Assert.Contains("V-404", error.Message, StringComparison.Ordinal);
        Assert.Contains("store the invitation first", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.CountAsync(CancellationToken.None)).Responses);
    }

    [Fact]
    public async Task SaveAsync_OneBadRecord_LeavesTheStoreUntouched()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var bundle = new ServiceRecords
        {
            Cases = [StoreSamples.FullCase("C-1")],
            Inquiries = [StoreSamples.FullInquiry("I-1"), StoreSamples.EmptyInquiry("I-2") with { Channel = (Channel)42 }],
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(bundle, CancellationToken.None));

        Assert.Contains("Inquiry 'I-2'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Channel value 42", error.Message, StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), await store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task UpsertCasesAsync_BlankCaseNumber_NamesThePosition()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertCasesAsync(
            [StoreSamples.EmptyCase("C-1"), StoreSamples.EmptyCase(" ")], CancellationToken.None));

        Assert.Contains("Case at position 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.CountAsync(CancellationToken.None)).Cases);
    }

    [Fact]
    public async Task ClearAsync_FilledStore_EmptiesEveryTableAndStaysUsable()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.SaveAsync(
            new ServiceRecords
            {
                Cases = [StoreSamples.FullCase("C-1")],
                Inquiries = [StoreSamples.FullInquiry("I-1")],
                Invitations = [StoreSamples.FullInvitation("V-1")],
                Responses = [StoreSamples.FullResponse("V-1")],
                Quarantined = [StoreSamples.Quarantined("item-1", StoreSamples.At(3, 2))],
            },
            CancellationToken.None);
        Assert.Equal(new StoreCounts(1, 1, 1, 1, 1), await store.CountAsync(CancellationToken.None));

        await store.ClearAsync(CancellationToken.None);

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), await store.CountAsync(CancellationToken.None));
        await store.UpsertCasesAsync([StoreSamples.FullCase("C-2")], CancellationToken.None);
        Assert.Equal(1, (await store.CountAsync(CancellationToken.None)).Cases);
    }

    [Fact]
    public async Task UpsertCasesAsync_CancelledBeforeStart_WritesNothing()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.UpsertCasesAsync([StoreSamples.FullCase("C-1")], cancellation.Token));

        Assert.Equal(0, (await store.CountAsync(CancellationToken.None)).Cases);
    }
}
