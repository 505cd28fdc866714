using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>
/// The report read gives what <see cref="ReportRecords.From"/> makes of the full read, without building it, on every
/// provider; a provider's fixture subclasses this.
/// </summary>
public abstract class ServiceRecordStoreReportReadContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, StoreSamples.Riyadh);
    private static readonly DateTimeOffset End = new(2026, 4, 1, 0, 0, 0, StoreSamples.Riyadh);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task ReadForReportAsync_MixedWindow_EqualsReportRecordsOfTheFullRead()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.SaveAsync(MixedRecords(), CancellationToken.None);

        var report = await store.ReadForReportAsync(Start, End, CancellationToken.None);
        var expected = ReportRecords.From(await store.ReadAsync(Start, End, CancellationToken.None));

        Assert.Equal(expected.Cases, report.Cases);
        Assert.Equal(expected.Inquiries, report.Inquiries);
        Assert.Equal(expected.Surveys, report.Surveys);
        Assert.Equal(expected.Quarantined, report.Quarantined);
    }

    [Fact]
    public async Task ReadForReportAsync_MixedWindow_KeepsTheWindowsRecordsInKeyOrder()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.SaveAsync(MixedRecords(), CancellationToken.None);

        var report = await store.ReadForReportAsync(Start, End, CancellationToken.None);

        Assert.Equal(["before-open", "full", "in-window", "no-received"], report.Cases.Select(item => item.CaseNumber));
        Assert.Equal(["empty", "full"], report.Inquiries.Select(item => item.Id));
        Assert.Equal(
            [(Channel.Phone, (int?)5, (string?)null), (Channel.Phone, null, null), (Channel.Website, 4, "C-1")],
            report.Surveys.Select(survey => (survey.Channel, survey.Answer?.Overall, survey.AnsweredCase)));
        Assert.Equal(StoreSamples.FullResponse("full-invitation"), report.Surveys[2].Answer);
        Assert.Equal(["seen-in"], report.Quarantined.Select(item => item.SourceId));
    }

    [Fact]
    public async Task ReadForReportAsync_WhileAWriterHoldsTheLock_ReadsWhatWasCommitted()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.SaveAsync(MixedRecords(), CancellationToken.None);
        var expected = ReportRecords.From(await store.ReadAsync(Start, End, CancellationToken.None));
        using var writer = folder.OpenRawConnection();
        using var transaction = writer.BeginTransaction();
        RawSql.Execute(writer, "DELETE FROM survey_responses;", transaction);

        var report = await store.ReadForReportAsync(Start, End, CancellationToken.None);

        transaction.Rollback();
        Assert.Equal(expected.Cases, report.Cases);
        Assert.Equal(expected.Surveys, report.Surveys);
    }

    [Fact]
    public async Task ReadForReportAsync_EnumNameThisBuildDoesNotKnow_NamesRowColumnAndValue()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();
        await store.UpsertCasesAsync([StoreSamples.FullCase("C-9")], CancellationToken.None);
        using (var connection = folder.OpenRawConnection())
        {
            RawSql.Execute(connection, "UPDATE cases SET branch = 'Riyadh' WHERE case_number = 'C-9';");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ReadForReportAsync(Start, End, CancellationToken.None));

        Assert.Contains("'C-9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Riyadh' in column branch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadForReportAsync_EndBeforeStart_SaysWhichIsWhich()
    {
        await using var folder = NewStore();
        await using var store = await folder.OpenAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.ReadForReportAsync(End, Start, CancellationToken.None));

        Assert.Contains("ends", error.Message, StringComparison.Ordinal);
    }

    private static ServiceRecords MixedRecords() => new()
    {
        Cases =
        [
            StoreSamples.FullCase("full"),
            StoreSamples.EmptyCase("in-window") with { Received = StoreSamples.At(3, 10) },
            StoreSamples.EmptyCase("before-open") with { Received = StoreSamples.At(2, 10) },
            StoreSamples.EmptyCase("before-delivered") with { Received = StoreSamples.At(1, 10), ServiceDelivered = StoreSamples.At(2, 20) },
            StoreSamples.EmptyCase("after") with { Received = End },
            StoreSamples.EmptyCase("no-received"),
        ],
        Inquiries =
        [
            StoreSamples.FullInquiry("full"),
            StoreSamples.EmptyInquiry("empty"),
            StoreSamples.EmptyInquiry("resolved-before") with { Received = StoreSamples.At(2, 1), Resolved = StoreSamples.At(2, 2) },
        ],
        Invitations =
        [
            StoreSamples.FullInvitation("full-invitation"),
            StoreSamples.BareInvitation("bare-unanswered", StoreSamples.At(3, 3)),
            StoreSamples.BareInvitation("bare-answered", StoreSamples.At(3, 4)),
            StoreSamples.BareInvitation("created-before", StoreSamples.At(2, 25)),
        ],
        Responses =
        [
            StoreSamples.FullResponse("full-invitation"),
            StoreSamples.BareResponse("bare-answered", StoreSamples.At(3, 6)),
            StoreSamples.BareResponse("created-before", StoreSamples.At(3, 1)),
        ],
        Quarantined = [StoreSamples.Quarantined("seen-in", StoreSamples.At(3, 15)), StoreSamples.Quarantined("seen-after", End)],
    };
}
