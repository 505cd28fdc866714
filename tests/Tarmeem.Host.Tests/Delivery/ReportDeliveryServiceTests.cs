using Tarmeem.Core.Time;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Tests.Sync;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Tests.Delivery;

public sealed class ReportDeliveryServiceTests
{
    private const int Unit = 320 * 1024;
    private static readonly ReportPeriod October = ReportPeriod.Month(2026, 10);

    [Fact]
    public async Task DeliverAsync_SmallReports_SendsOneMailWithInlineAttachmentsAndFilesCopies()
    {
        await using var h = await DeliveryHarness.StartAsync();
        var xlsx = h.File("tarmeem-quality-2026-10.xlsx", 40_000);
        var docx = h.File("tarmeem-management-2026-10.docx", 90_000);

        var result = await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [xlsx, docx]), SyncHarness.Timeout());

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var sent = Assert.Single(h.Server.Mail.Sent);
        Assert.Equal("sendMail", sent.Via);
        Assert.Equal(["manager@tarmeem.example", "quality@tarmeem.example"], sent.Recipients);
        Assert.Equal("التقرير الشهري لجودة الخدمة — أكتوبر 2026", sent.Subject);
        Assert.Contains("<html dir=\"rtl\" lang=\"ar\">", sent.BodyContent, StringComparison.Ordinal);
        Assert.Contains("tarmeem-management-2026-10.docx", sent.BodyContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", sent.BodyContent, StringComparison.Ordinal);
        Assert.Equal(["tarmeem-quality-2026-10.xlsx", "tarmeem-management-2026-10.docx"], sent.Attachments.Select(a => a.Name));
        Assert.Equal(File.ReadAllBytes(xlsx), sent.Attachments[0].Bytes);
        Assert.Equal(File.ReadAllBytes(docx), sent.Attachments[1].Bytes);
        Assert.Equal(File.ReadAllBytes(xlsx), h.Server.Drive.ReadFile(h.DriveId, "Reports/2026/2026-10/tarmeem-quality-2026-10.xlsx"));
        Assert.Equal(File.ReadAllBytes(docx), h.Server.Drive.ReadFile(h.DriveId, "Reports/2026/2026-10/tarmeem-management-2026-10.docx"));
        Assert.Equal(0, h.Server.Log.CountPath("^/upload/"));
        Assert.Equal((1, 2, "Reports/2026/2026-10"), (result.Record!.Deliveries, result.Record.Recipients, result.Record.LibraryFolder));
    }

    [Fact]
    public async Task DeliverAsync_LargeReport_DraftsThenUploadsInMultiplesOf320KiBAndSends()
    {
        await using var h = await DeliveryHarness.StartAsync();
        var big = h.File("tarmeem-quality-2026-10.xlsx", (16 * Unit) + 12_345);
        var small = h.File("tarmeem-management-2026-10.docx", 50_000);

        await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [big, small]), SyncHarness.Timeout());

        var sent = Assert.Single(h.Server.Mail.Sent);
        Assert.Equal("send", sent.Via);
        Assert.Equal(["tarmeem-quality-2026-10.xlsx", "tarmeem-management-2026-10.docx"], sent.Attachments.Select(a => a.Name));
        Assert.Equal(File.ReadAllBytes(big), sent.Attachments[0].Bytes);
        Assert.Equal(File.ReadAllBytes(small), sent.Attachments[1].Bytes);
        Assert.Equal(sent.Attachments.Select(a => a.Name), h.Server.Mail.Attachments(DeliveryHarness.Sender, sent.SentItemsId!).Select(a => a.Name));
        Assert.Empty(h.Server.Mail.Messages(DeliveryHarness.Sender, "drafts"));

        // 16 units + a tail in fragments of 3 units: five full fragments, then the rest, all accepted, without a token.
        var fragments = h.Server.Mail.AttachmentFragments;
        Assert.Equal([3 * Unit, 3 * Unit, 3 * Unit, 3 * Unit, 3 * Unit, Unit + 12_345], fragments.Select(f => f.Length));
        Assert.Equal([200, 200, 200, 200, 200, 201], fragments.Select(f => f.Status));
        Assert.All(fragments, f => Assert.Equal("tarmeem-quality-2026-10.xlsx", f.AttachmentName));

        // The library copy of the large file went through a drive upload session; the loopback refuses fragments that
        // are not multiples of 320 KiB, so six accepted PUTs and the same bytes prove the rule was kept.
        Assert.Equal(File.ReadAllBytes(big), h.Server.Drive.ReadFile(h.DriveId, "Reports/2026/2026-10/tarmeem-quality-2026-10.xlsx"));
        Assert.Equal([202, 202, 202, 202, 202, 201], h.Server.Log.Entries.Where(e => e.Path.StartsWith("/upload/", StringComparison.Ordinal)).Select(e => e.Status));
    }

    [Fact]
    public async Task DeliverAsync_ReportJustUnder3MiB_UploadsItBecauseSendMailWouldPassOutlooks4MBLimit()
    {
        await using var h = await DeliveryHarness.StartAsync();
        var report = h.File("tarmeem-quality-2026-10.xlsx", (3 * 1024 * 1024) - 1_000);

        var result = await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [report]), SyncHarness.Timeout());

        // Under 3 MB, but over 4 MB once base64-encoded in a sendMail: it has to go through a draft and an upload session.
        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var sent = Assert.Single(h.Server.Mail.Sent);
        Assert.Equal("send", sent.Via);
        Assert.Equal(File.ReadAllBytes(report), Assert.Single(sent.Attachments).Bytes);
        Assert.Equal((3 * 1024 * 1024) - 1_000, h.Server.Mail.AttachmentFragments.Where(f => f.Accepted).Sum(f => f.Length));
        Assert.DoesNotContain(h.Server.Log.Entries, e => e.Status == 413);
    }

    [Fact]
    public async Task DeliverAsync_ConvertToPdf_FollowsTheRedirectAndAttachesAndFilesThePdf()
    {
        await using var h = await DeliveryHarness.StartAsync(o => o.ConvertToPdf = true);
        var docx = h.File("tarmeem-board-2026-Q3.docx", 30_000);

        var result = await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Board, ReportPeriod.Quarter(2026, 3), [docx]), SyncHarness.Timeout());

        var pdf = docx + ".pdf";
        Assert.Equal([docx, pdf], result.Files);
        var text = await File.ReadAllTextAsync(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("tarmeem-board-2026-Q3.docx", text, StringComparison.Ordinal);
        var conversion = h.Server.Log.Entries.SkipWhile(e => !e.Target.Contains("format=pdf", StringComparison.Ordinal)).Take(2).ToList();
        Assert.Equal([302, 200], conversion.Select(e => e.Status));
        Assert.StartsWith("/download/", conversion[1].Path, StringComparison.Ordinal);
        Assert.NotNull(h.Server.Drive.ReadFile(h.DriveId, "Reports/2026/2026-Q3/tarmeem-board-2026-Q3.docx.pdf"));
        var sent = Assert.Single(h.Server.Mail.Sent);
        Assert.Equal(["board@tarmeem.example"], sent.Recipients);
        Assert.Equal("تقرير جودة الخدمة لمجلس الإدارة — الربع الثالث 2026", sent.Subject);
        Assert.Equal(["tarmeem-board-2026-Q3.docx", "tarmeem-board-2026-Q3.docx.pdf"], sent.Attachments.Select(a => a.Name));
    }

    [Fact]
    public async Task DeliverAsync_SamePeriodTwice_SecondIsRefusedWithAClearMessageAndSendsNothing()
    {
        await using var h = await DeliveryHarness.StartAsync();
        var xlsx = h.File("tarmeem-quality-2026-10.xlsx", 1_000);
        await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [xlsx]), SyncHarness.Timeout());
        h.Clock.Advance(TimeSpan.FromDays(1));

        var second = await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [xlsx]), SyncHarness.Timeout());

        Assert.Equal(DeliveryStatus.AlreadyDelivered, second.Status);
        Assert.Equal(
            "The management report for 2026-10 was already delivered on 2026-11-01 08:00 (Riyadh time) to 2 recipients; it is not sent again. To send it once more, deliver it with --force.",
            second.Message);
        Assert.Single(h.Server.Mail.Sent);
        Assert.Equal(DeliveryHarness.Now, second.Record!.DeliveredAt);
    }

    [Fact]
    public async Task DeliverAsync_SamePeriodForced_SendsAgainAndCountsTheDelivery()
    {
        await using var h = await DeliveryHarness.StartAsync();
        var xlsx = h.File("tarmeem-quality-2026-10.xlsx", 1_000);
        await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [xlsx]), SyncHarness.Timeout());
        h.Clock.Advance(TimeSpan.FromDays(1));

        var forced = await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [xlsx], Force: true), SyncHarness.Timeout());

        Assert.Equal(DeliveryStatus.Delivered, forced.Status);
        Assert.Equal(2, h.Server.Mail.Sent.Count);
        Assert.Equal((2, DeliveryHarness.Now.AddDays(1)), (forced.Record!.Deliveries, forced.Record.DeliveredAt));
        Assert.NotNull(await h.Service.FindAsync(ReportKind.Management, October, SyncHarness.Timeout()));
        Assert.Null(await h.Service.FindAsync(ReportKind.Board, October, SyncHarness.Timeout()));
    }

    [Fact]
    public async Task DeliverAsync_NoLibrary_SendsWithoutFilingAndWithoutTheLibraryParagraph()
    {
        await using var h = await DeliveryHarness.StartAsync(o => o.DriveId = "");
        var xlsx = h.File("tarmeem-quality-2026-10.xlsx", 1_000);

        var result = await h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [xlsx]), SyncHarness.Timeout());

        Assert.Null(result.Record!.LibraryFolder);
        var body = Assert.Single(h.Server.Mail.Sent).BodyContent!;
        Assert.DoesNotContain("مكتبة المستندات", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", body, StringComparison.Ordinal);
        Assert.Equal(0, h.Server.Log.CountPath(@"^/v1\.0/drives/"));
    }

    [Fact]
    public async Task DeliverAsync_MissingFile_FailsNamingTheFileAndRecordsNothing()
    {
        await using var h = await DeliveryHarness.StartAsync();
        var missing = Path.Combine(h.Folder.Path, "nowhere.xlsx");

        var error = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => h.Service.DeliverAsync(new DeliveryRequest(ReportKind.Management, October, [missing]), SyncHarness.Timeout()));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Null(await h.Service.FindAsync(ReportKind.Management, October, SyncHarness.Timeout()));
        Assert.Empty(h.Server.Mail.Sent);
    }

    [Fact]
    public void LibraryFolder_CustomRange_IsSafeForSharePoint()
    {
        var folder = ReportDeliveryService.LibraryFolder("/Quality reports/", ReportPeriod.Custom(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));

        Assert.Equal("Quality reports/2026/2026-01-01_to_2026-03-31", folder);
    }

    [Fact]
    public void Validate_ChunkNotAMultipleOf320KiB_NamesTheKeyAndAValue()
    {
        var options = new DeliveryOptions { Sender = DeliveryHarness.Sender, UploadChunkBytes = 1_000_000 };
        options.ManagementRecipients.Add("not-an-address");

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Tarmeem:Delivery:UploadChunkBytes is 1000000", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("'not-an-address'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DefaultsWithSenderAndRecipient_Pass()
    {
        var options = new DeliveryOptions { Sender = DeliveryHarness.Sender };
        options.BoardRecipients.Add("board@tarmeem.example");

        Assert.True(new DeliveryOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(0, options.UploadChunkBytes % Unit);
    }
}
