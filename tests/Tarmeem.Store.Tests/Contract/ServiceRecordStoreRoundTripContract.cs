using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>The record store's round-trip behaviour every provider must show; a provider's fixture subclasses it.</summary>
public abstract class ServiceRecordStoreRoundTripContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, StoreSamples.Riyadh);
    private static readonly DateTimeOffset End = new(2026, 4, 1, 0, 0, 0, StoreSamples.Riyadh);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task SaveAsync_EveryFieldOfEveryRecord_ReadsBackTheSameInstantsAndValues()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var saved = new ServiceRecords
        {
            Cases = [StoreSamples.FullCase("C-1"), StoreSamples.EmptyCase("C-2")],
            Inquiries = [StoreSamples.FullInquiry("I-1"), StoreSamples.EmptyInquiry("I-2")],
            Invitations = [StoreSamples.FullInvitation("V-1"), StoreSamples.BareInvitation("V-2", StoreSamples.At(3, 7))],
            Responses = [StoreSamples.FullResponse("V-1"), StoreSamples.BareResponse("V-2", StoreSamples.At(3, 8))],
            Quarantined =
            [
                StoreSamples.Quarantined("item-17", StoreSamples.At(3, 9, 7, 999)) with { Problem = QuarantineProblem.NotADate, Field = "تاريخ الاستقبال" },
                StoreSamples.Quarantined("item-18", StoreSamples.At(3, 9, 8)),
            ],
        };

        await store.SaveAsync(saved, CancellationToken.None);
        var read = await store.ReadAsync(Start, End, CancellationToken.None);

        // Record equality compares DateTimeOffset as instants, so +03:00 in and UTC out still match.
        Assert.Equal(saved.Cases, read.Cases);
        Assert.Equal(saved.Inquiries, read.Inquiries);
        Assert.Equal(saved.Invitations, read.Invitations);
        Assert.Equal(saved.Responses, read.Responses);
        Assert.Equal(saved.Quarantined, read.Quarantined);
    }

    [Fact]
    public async Task ReadAsync_InstantSavedWithOffset_ComesBackAsUtcAtTheSameMillisecond()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.UpsertCasesAsync([StoreSamples.FullCase("C-1")], CancellationToken.None);

        var received = Assert.Single((await store.ReadAsync(Start, End, CancellationToken.None)).Cases).Received!.Value;

        Assert.Equal(TimeSpan.Zero, received.Offset);
        Assert.Equal(new DateTime(2026, 3, 1, 5, 15, 30, 1, DateTimeKind.Utc), received.UtcDateTime);
    }

    [Fact]
    public async Task ReadAsync_InstantFinerThanAMillisecond_IsTruncatedToTheMillisecond()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var precise = new DateTimeOffset(2026, 3, 10, 12, 0, 0, StoreSamples.Riyadh).AddTicks(1_239_999);
        await store.UpsertCasesAsync([StoreSamples.EmptyCase("C-1") with { Received = precise }], CancellationToken.None);

        var received = Assert.Single((await store.ReadAsync(Start, End, CancellationToken.None)).Cases).Received;

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 12, 0, 0, 123, StoreSamples.Riyadh), received);
    }

    [Fact]
    public async Task SaveAsync_EveryChannelAndBranch_RoundTripsByName()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        var cases = Enum.GetValues<Channel>()
            .SelectMany(channel => Enum.GetValues<Branch>().Select(branch => (channel, branch)))
            .Select((pair, i) => StoreSamples.EmptyCase($"C-{i:D3}") with { Channel = pair.channel, Branch = pair.branch })
            .ToList();

        await store.UpsertCasesAsync(cases, CancellationToken.None);

        Assert.Equal(cases, (await store.ReadAsync(Start, End, CancellationToken.None)).Cases);
    }

    [Fact]
    public async Task UpsertCasesAsync_StoredRow_HoldsEnumNamesAndUnixMilliseconds()
    {
        await using var folder = NewStore();
        await using (var store = await folder.OpenAsync())
        {
            await store.UpsertCasesAsync([StoreSamples.FullCase("C-1")], CancellationToken.None);
        }

        using var connection = folder.OpenRawConnection();
        var row = Assert.Single(RawSql.Rows(connection, "SELECT channel, branch, decision, received_at, closed_at FROM cases"));

        Assert.Equal(["BranchRepresentative", "AlLith", "Accepted", "1772342130001", "1775132130008"], row);
    }
}
