using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.Attachments.CreateUploadSession;
using Microsoft.Graph.Users.Item.SendMail;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Mail;

public sealed class AttachmentTests
{
    private const int Unit = 320 * 1024;
    private const int SessionFileBytes = (2 * 1024 * 1024) + 1000;

    private static Message Report() => new()
    {
        Subject = "التقرير الشهري",
        Body = new ItemBody { ContentType = BodyType.Html, Content = "<p dir=\"rtl\">مرفق التقرير</p>" },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "manager@example.com" } }],
    };

    private static FileAttachment File(string name, byte[] bytes) => new()
    {
        OdataType = "#microsoft.graph.fileAttachment",
        Name = name,
        ContentType = "application/pdf",
        ContentBytes = bytes,
    };

    private static byte[] Bytes(int count) => Enumerable.Range(0, count).Select(i => (byte)(i % 251)).ToArray();

    [Fact]
    public async Task AddAttachment_SmallFileToDraft_Answers201AndListsItWithItsBytes()
    {
        await using var d = await DraftScope.StartAsync(Report());
        var bytes = Encoding.UTF8.GetBytes("تقرير أكتوبر");

        var added = await d.Draft.Attachments.PostAsync(File("تقرير.pdf", bytes), cancellationToken: d.Ct);
        var listed = await d.Draft.Attachments.GetAsync(cancellationToken: d.Ct);
        var plain = await d.Draft.GetAsync(cancellationToken: d.Ct);
        var expanded = await d.Draft.GetAsync(r => r.QueryParameters.Expand = ["attachments"], d.Ct);

        var file = Assert.IsType<FileAttachment>(added);
        Assert.False(string.IsNullOrEmpty(file.Id));
        Assert.Equal(bytes.Length, file.Size);
        var one = Assert.IsType<FileAttachment>(Assert.Single(listed!.Value!));
        Assert.Equal((file.Id, "تقرير.pdf", "application/pdf"), (one.Id, one.Name, one.ContentType));
        Assert.Equal(bytes, one.ContentBytes);
        Assert.True(plain!.HasAttachments);
        Assert.Null(plain.Attachments);
        Assert.Equal(bytes, Assert.IsType<FileAttachment>(Assert.Single(expanded!.Attachments!)).ContentBytes);
        var stored = Assert.Single(d.Server.Mail.Attachments(MailSeed.UserId, d.DraftId));
        Assert.Equal("تقرير.pdf", stored.Name);
        Assert.Equal(bytes, stored.Bytes);
    }

    [Fact]
    public async Task CreateDraftWithInlineAttachments_ThenSend_FilesThemInSentItems()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);
        var message = Report();
        message.Attachments = [File("a.pdf", Bytes(10)), File("b.pdf", Bytes(20))];

        var draft = await client.Users[MailSeed.UserId].Messages.PostAsync(message, cancellationToken: ct);
        await client.Users[MailSeed.UserId].Messages[draft!.Id].Send.PostAsync(cancellationToken: ct);

        Assert.True(draft.HasAttachments);
        Assert.Null(draft.Attachments);
        var sent = Assert.Single(server.Mail.Sent);
        Assert.Equal(["a.pdf", "b.pdf"], sent.Attachments.Select(a => a.Name));
        Assert.Equal(Bytes(20), sent.Attachments[1].Bytes);
        Assert.Equal(["a.pdf", "b.pdf"], server.Mail.Attachments(MailSeed.UserId, sent.SentItemsId!).Select(a => a.Name));
        Assert.Empty(server.Mail.Messages(MailSeed.UserId, "drafts"));
    }

    [Fact]
    public async Task SendMail_InlineAttachment_IsRecordedDecoded()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);
        var message = Report();
        message.Attachments = [File("week.xlsx", Bytes(5_000))];

        await client.Users[MailSeed.UserId].SendMail.PostAsync(new SendMailPostRequestBody { Message = message, SaveToSentItems = false }, cancellationToken: ct);

        var attachment = Assert.Single(Assert.Single(server.Mail.Sent).Attachments);
        Assert.Equal("week.xlsx", attachment.Name);
        Assert.Equal(Bytes(5_000), attachment.Bytes);
    }

    [Fact]
    public async Task AddAttachment_RequestOver4MB_Gives413AndAddsNothing()
    {
        await using var d = await DraftScope.StartAsync(Report());

        // Just under 3 MiB, but its base64 and the JSON around it pass 4 MiB.
        var error = await Assert.ThrowsAsync<ODataError>(() => d.Draft.Attachments.PostAsync(File("big.pdf", Bytes((3 * 1024 * 1024) - 10)), cancellationToken: d.Ct));

        Assert.Equal(413, error.ResponseStatusCode);
        Assert.Empty(d.Server.Mail.Attachments(MailSeed.UserId, d.DraftId));
    }

    [Fact]
    public async Task UploadSession_LargeFileUploadTask_AttachesTheFileInFragmentsAndSendKeepsIt()
    {
        await using var d = await DraftScope.StartAsync(Report());
        var bytes = Bytes(SessionFileBytes);

        var session = await OpenSessionAsync(d, "quality.xlsx", bytes.Length);
        using var content = new MemoryStream(bytes);
        // No request adapter: the task then sends no token, as the SDK intends for upload URLs.
        var result = await new LargeFileUploadTask<FileAttachment>(session, content, 3 * Unit).UploadAsync(cancellationToken: d.Ct);
        await d.Draft.Send.PostAsync(cancellationToken: d.Ct);

        Assert.True(result.UploadSucceeded);
        Assert.StartsWith(d.Server.Origin + "/api/v2.0/Users(", session.UploadUrl, StringComparison.Ordinal);
        Assert.Contains("/Attachments(", result.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(["0-"], session.NextExpectedRanges);
        var fragments = d.Server.Mail.AttachmentFragments;
        Assert.Equal([3 * Unit, 3 * Unit, SessionFileBytes - (6 * Unit)], fragments.Select(f => f.Length));
        Assert.Equal([200, 200, 201], fragments.Select(f => f.Status));
        Assert.All(fragments, f => Assert.Equal((d.DraftId, "quality.xlsx"), (f.MessageId, f.AttachmentName)));
        var attachment = Assert.Single(Assert.Single(d.Server.Mail.Sent).Attachments);
        Assert.Equal("quality.xlsx", attachment.Name);
        Assert.Equal(bytes, attachment.Bytes);
    }

    [Fact]
    public async Task UploadSession_IntermediateFragment_Answers200WithTheNextByteAsOutlookDoes()
    {
        await using var d = await DraftScope.StartAsync(Report());
        var session = await OpenSessionAsync(d, "a.bin", SessionFileBytes);
        using var http = new HttpClient();

        using var response = await PutAsync(http, session.UploadUrl!, 0, Unit, d.Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(d.Ct));
        Assert.Equal(Unit.ToString(CultureInfo.InvariantCulture), body.RootElement.GetProperty("nextExpectedRanges")[0].GetString());
        Assert.Empty(d.Server.Mail.Attachments(MailSeed.UserId, d.DraftId));
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(Unit, Unit)]
    public async Task UploadSession_BadSizeOrOutOfOrderFragment_Gives416AndAttachesNothing(int start, int length)
    {
        await using var d = await DraftScope.StartAsync(Report());
        var session = await OpenSessionAsync(d, "a.bin", SessionFileBytes);
        using var http = new HttpClient();

        using var response = await PutAsync(http, session.UploadUrl!, start, length, d.Ct);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(d.Ct));
        Assert.Equal("invalidRange", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        var fragment = Assert.Single(d.Server.Mail.AttachmentFragments);
        Assert.Equal((length, 416, false), (fragment.Length, fragment.Status, fragment.Accepted));
        Assert.Empty(d.Server.Mail.Attachments(MailSeed.UserId, d.DraftId));
    }

    [Fact]
    public async Task UploadSession_BearerTokenSentToTheUploadUrl_Gives401()
    {
        await using var d = await DraftScope.StartAsync(Report());
        var session = await OpenSessionAsync(d, "a.bin", SessionFileBytes);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", d.Server.Settings.AcceptedToken);

        using var response = await PutAsync(http, session.UploadUrl!, 0, Unit, d.Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(d.Server.Mail.AttachmentFragments);
    }

    [Fact]
    public async Task CreateUploadSession_FileUnder2MiB_Gives400MinimumSize()
    {
        await using var d = await DraftScope.StartAsync(Report());

        var error = await Assert.ThrowsAsync<ODataError>(() => OpenSessionAsync(d, "small.pdf", 100_000));

        Assert.Equal((400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize"), (error.ResponseStatusCode, error.Error!.Code));
    }

    private static async Task<UploadSession> OpenSessionAsync(DraftScope d, string name, long size) =>
        (await d.Draft.Attachments.CreateUploadSession.PostAsync(
            new CreateUploadSessionPostRequestBody
            {
                AttachmentItem = new AttachmentItem { AttachmentType = AttachmentType.File, Name = name, Size = size, ContentType = "application/octet-stream" },
            },
            cancellationToken: d.Ct))!;

    private static async Task<HttpResponseMessage> PutAsync(HttpClient http, string url, int start, int length, CancellationToken ct)
    {
        using var fragment = new ByteArrayContent(Bytes(length));
        fragment.Headers.ContentRange = new ContentRangeHeaderValue(start, start + length - 1, SessionFileBytes);
        return await http.PutAsync(url, fragment, ct);
    }
}
