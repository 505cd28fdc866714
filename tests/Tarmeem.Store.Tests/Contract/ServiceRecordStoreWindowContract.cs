using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>
/// The record store's window behaviour every provider must show; a provider's fixture subclasses it. The report window
/// is March 2026 in Riyadh: [2026-03-01 00:00 +03:00, 2026-04-01 00:00 +03:00).
/// </summary>
public abstract class ServiceRecordStoreWindowContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, StoreSamples.Riyadh);
    private static readonly DateTimeOffset End = new(2026, 4, 1, 0, 0, 0, StoreSamples.Riyadh);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task ReadAsync_Cases_KeepsReceivedInWindowStillOpenAtStartAndUndated()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        SupportCase Case(string number, DateTimeOffset? received) => StoreSamples.EmptyCase(number) with { Received = received };
        await store.UpsertCasesAsync(
            [
                Case("in-window", StoreSamples.At(3, 10)),
                Case("at-start", Start),
                Case("at-end", End),
                Case("after", StoreSamples.At(4, 5)),
                Case("before-open", StoreSamples.At(2, 10)),
                Case("before-delivered-before", StoreSamples.At(1, 10)) with { ServiceDelivered = StoreSamples.At(2, 20) },
                Case("before-delivered-at-start", StoreSamples.At(1, 10)) with { ServiceDelivered = Start },
                Case("before-delivered-in-window", StoreSamples.At(2, 1)) with { ServiceDelivered = StoreSamples.At(3, 5) },
                Case("before-rejected-before", StoreSamples.At(1, 5)) with { Decision = CaseDecision.Rejected, DecisionAt = StoreSamples.At(2, 1) },
                Case("before-rejected-in-window", StoreSamples.At(1, 5)) with { Decision = CaseDecision.Rejected, DecisionAt = StoreSamples.At(3, 2) },
                Case("before-accepted-before", StoreSamples.At(1, 5)) with { Decision = CaseDecision.Accepted, DecisionAt = StoreSamples.At(2, 1) },
                Case("before-rejected-undated", StoreSamples.At(1, 5)) with { Decision = CaseDecision.Rejected },
                Case("no-received", null),
                Case("no-received-delivered", null) with { ServiceDelivered = StoreSamples.At(1, 2) },
            ],
            CancellationToken.None);

        var read = await store.ReadAsync(Start, End, CancellationToken.None);

        // Ordinal order of the case numbers. An accepted case is open until delivered; a rejection with no
        // decision time has no closing instant, so it is kept as open rather than silently lost.
        Assert.Equal(
            [
                "at-start", "before-accepted-before", "before-delivered-at-start", "before-delivered-in-window",
                "before-open", "before-rejected-in-window", "before-rejected-undated", "in-window", "no-received",
                "no-received-delivered",
            ],
            read.Cases.Select(item => item.CaseNumber));
    }

    [Fact]
    public async Task ReadAsync_Inquiries_KeepsReceivedInWindowUnresolvedAtStartAndUndated()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        Inquiry Inquiry(string id, DateTimeOffset? received, DateTimeOffset? resolved = null) =>
            StoreSamples.EmptyInquiry(id) with { Received = received, Resolved = resolved };
        await store.UpsertInquiriesAsync(
            [
                Inquiry("in-window", StoreSamples.At(3, 31, 23)),
                Inquiry("after", End),
                Inquiry("before-open", StoreSamples.At(2, 27)),
                Inquiry("before-resolved-before", StoreSamples.At(2, 27), StoreSamples.At(2, 28)),
                Inquiry("before-resolved-in-window", StoreSamples.At(2, 27), StoreSamples.At(3, 1)),
                Inquiry("no-received", null),
            ],
            CancellationToken.None);

        var read = await store.ReadAsync(Start, End, CancellationToken.None);

        Assert.Equal(
            ["before-open", "before-resolved-in-window", "in-window", "no-received"],
            read.Inquiries.Select(item => item.Id));
    }

    [Fact]
    public async Task ReadAsync_Surveys_KeepsInvitationsCreatedInWindowTheirAnswersAndAnswersGivenInWindow()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.SaveAsync(
            new ServiceRecords
            {
                Invitations =
                [
                    StoreSamples.BareInvitation("created-in-answered-in", StoreSamples.At(3, 3)),
                    StoreSamples.BareInvitation("created-in-answered-after", StoreSamples.At(3, 30)),
                    StoreSamples.BareInvitation("created-before-answered-in", StoreSamples.At(2, 25)),
                    StoreSamples.BareInvitation("created-before-answered-before", StoreSamples.At(2, 2)),
                    StoreSamples.BareInvitation("created-after", End),
                ],
                Responses =
                [
                    StoreSamples.BareResponse("created-in-answered-in", StoreSamples.At(3, 4)),
                    StoreSamples.BareResponse("created-in-answered-after", StoreSamples.At(4, 2)),
                    StoreSamples.BareResponse("created-before-answered-in", StoreSamples.At(3, 1)),
                    StoreSamples.BareResponse("created-before-answered-before", StoreSamples.At(2, 3)),
                    StoreSamples.BareResponse("created-after", StoreSamples.At(4, 1)),
                ],
            },
            CancellationToken.None);

        var read = await store.ReadAsync(Start, End, CancellationToken.None);

        Assert.Equal(["created-in-answered-after", "created-in-answered-in"], read.Invitations.Select(item => item.Id));
        Assert.Equal(
            ["created-before-answered-in", "created-in-answered-after", "created-in-answered-in"],
            read.Responses.Select(item => item.InvitationId));
    }

    [Fact]
    public async Task ReadAsync_Quarantined_KeepsThoseHeldBackAtTheEndHoweverLongAgoSeen()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.AddQuarantinedAsync(
            [
                StoreSamples.Quarantined("seen-before", StoreSamples.At(2, 28, 23)),
                StoreSamples.Quarantined("seen-at-start", Start),
                StoreSamples.Quarantined("seen-in", StoreSamples.At(3, 15)),
                StoreSamples.Quarantined("seen-at-end", End),
            ],
            CancellationToken.None);

        var read = await store.ReadAsync(Start, End, CancellationToken.None);

        Assert.Equal(["seen-at-start", "seen-before", "seen-in"], read.Quarantined.Select(item => item.SourceId));
    }

    [Fact]
    public async Task ReadAsync_EndBeforeStart_SaysWhichIsWhich()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync(End, Start, CancellationToken.None));

        Assert.Contains("ends", error.Message, StringComparison.Ordinal);
    }
}
