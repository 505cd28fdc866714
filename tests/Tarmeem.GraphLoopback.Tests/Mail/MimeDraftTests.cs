using System.Text;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Mail;

/// <summary>Drafts created from MIME (<c>Content-Type: text/plain</c>, base64 body), then tagged with PATCH and sent.</summary>
public sealed class MimeDraftTests
{
    private const string TagProperty = "String {5b0f7a3e-2c6d-4f7b-9a41-7d3e2b9c1f60} Name TarmeemSurveyTag";

    // Written by another MIME library (Python's email package): Arabic subject in two B-encoded words, a display name
    // in one, a quoted-printable plain part with a soft line break and a base64 HTML part.
    private const string Mime = """
        Content-Type: multipart/alternative; boundary="===============6257737319103937025=="
        MIME-Version: 1.0
        From: =?utf-8?b?2LnZhNin2YLYp9iqINin2YTZhdiz2KrZgdmK2K/ZitmG?= <relations@contoso.com>
        To: customer@example.com
        Subject: =?utf-8?b?2LHYo9mK2YPZhSDZitmH2YXZhtinOiDYp9iz2KrYqNmK2KfZhiDZgti12YrYsSA=?=
         =?utf-8?b?2YXZhiDYrNmF2LnZitipINiq2LHZhdmK2YU=?=
        Message-ID: <draft-1@contoso.com>
        X-Tarmeem-Invitation: S0190f3c2a1b27d4e8f9a0b1c2d3e4f50

        --===============6257737319103937025==
        Content-Type: text/plain; charset="utf-8"
        MIME-Version: 1.0
        Content-Transfer-Encoding: quoted-printable

        =D9=85=D8=A7 =D9=85=D8=AF=D9=89 =D8=B1=D8=B6=D8=A7=D9=83=D9=85=D8=9F
        =D9=A5 =E2=80=94 =D8=B1=D8=A7=D8=B6=D9=8D =D8=AC=D8=AF=D8=A7=D9=8B: https:/=
        /survey.example.org/s/abc?r=3D5

        --===============6257737319103937025==
        Content-Type: text/html; charset="utf-8"
        MIME-Version: 1.0
        Content-Transfer-Encoding: base64

        PGh0bWwgZGlyPSJydGwiIGxhbmc9ImFyIj48Ym9keT48YSBocmVmPSJodHRwczovL3N1cnZleS5l
        eGFtcGxlLm9yZy9zL2FiYz9yPTUiPtmlIOKAlCDYsdin2LbZjSDYrNiv2KfZizwvYT48L2JvZHk+
        PC9odG1sPg==

        --===============6257737319103937025==--
        """;

    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new(StringComparer.Ordinal)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    /// <summary>The SDK has no typed MIME call; the request goes through its adapter, as production code sends it.</summary>
    private static async Task<Message?> PostMimeAsync(GraphServiceClient client, string base64, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(Encoding.ASCII.GetBytes(base64));
        var request = new RequestInformation(Method.POST, "{+baseurl}/users/{user%2Did}/messages", new Dictionary<string, object> { ["user%2Did"] = MailSeed.UserId });
        request.SetStreamContent(body, "text/plain");
        return await client.RequestAdapter.SendAsync(request, Message.CreateFromDiscriminatorValue, Errors, cancellationToken);
    }

    private static string Base64(string mime) => Convert.ToBase64String(Encoding.UTF8.GetBytes(mime.ReplaceLineEndings("\r\n")));

    [Fact]
    public async Task CreateFromMime_ArabicSubjectTwoParts_Answers201WithHtmlBodyAndKeepsThePlainPart()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);

        var draft = await PostMimeAsync(client, Base64(Mime), ct);
        var headers = await client.Users[MailSeed.UserId].Messages[draft!.Id].GetAsync(r => r.QueryParameters.Select = ["internetMessageHeaders"], ct);
        await client.Users[MailSeed.UserId].Messages[draft.Id].Send.PostAsync(cancellationToken: ct);

        Assert.Equal("رأيكم يهمنا: استبيان قصير من جمعية ترميم", draft.Subject);
        Assert.True(draft.IsDraft);
        Assert.Equal(BodyType.Html, draft.Body!.ContentType);
        Assert.StartsWith("<html dir=\"rtl\" lang=\"ar\">", draft.Body.Content, StringComparison.Ordinal);
        Assert.Equal("<draft-1@contoso.com>", draft.InternetMessageId);
        Assert.False(string.IsNullOrEmpty(draft.ConversationId));
        Assert.Equal(["customer@example.com"], draft.ToRecipients!.Select(r => r.EmailAddress!.Address));
        Assert.Equal(("علاقات المستفيدين", "relations@contoso.com"), (draft.From!.EmailAddress!.Name, draft.From.EmailAddress.Address));
        Assert.Null(draft.InternetMessageHeaders);
        var header = Assert.Single(headers!.InternetMessageHeaders!);
        Assert.Equal(("X-Tarmeem-Invitation", "S0190f3c2a1b27d4e8f9a0b1c2d3e4f50"), (header.Name, header.Value));
        var sent = Assert.Single(server.Mail.Sent);
        Assert.Equal("ما مدى رضاكم؟\n٥ — راضٍ جداً: https://survey.example.org/s/abc?r=5\n", sent.PlainText);
        Assert.Equal(draft.Body.Content, sent.BodyContent);
        Assert.Equal("S0190f3c2a1b27d4e8f9a0b1c2d3e4f50", sent.Header("X-Tarmeem-Invitation"));
        var copy = await client.Users[MailSeed.UserId].Messages[sent.SentItemsId].GetAsync(cancellationToken: ct);
        Assert.DoesNotContain(draft.AdditionalData.Keys.Concat(copy!.AdditionalData.Keys), k => k.Contains("plainText", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CreateFromMime_BodyNotBase64_Answers400WithGraphsCodeAndStoresNothing()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);

        var error = await Assert.ThrowsAsync<ODataError>(() => PostMimeAsync(client, "Subject: not base64 at all!", ct));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal(("ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content."), (error.Error!.Code, error.Error.Message));
        Assert.Empty(server.Mail.Messages(MailSeed.UserId, "drafts"));
    }

    [Fact]
    public async Task Update_ExtendedPropertyOnDraft_AddedThenReplacedAndFoundUnderExpand()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);
        var draft = await PostMimeAsync(client, Base64(Mime), ct);
        var item = client.Users[MailSeed.UserId].Messages[draft!.Id];

        await item.PatchAsync(new Message { SingleValueExtendedProperties = [new() { Id = TagProperty, Value = "first" }] }, cancellationToken: ct);
        var patched = await item.PatchAsync(new Message { SingleValueExtendedProperties = [new() { Id = TagProperty, Value = "S1.Initial" }] }, cancellationToken: ct);
        var read = await item.GetAsync(r => r.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{TagProperty}')"], ct);

        Assert.Equal(draft.Id, patched!.Id);
        var property = Assert.Single(read!.SingleValueExtendedProperties!);
        Assert.Equal((TagProperty, "S1.Initial"), (property.Id, property.Value));
        Assert.Equal("رأيكم يهمنا: استبيان قصير من جمعية ترميم", read.Subject);
    }

    [Fact]
    public async Task Update_SubjectOfSentCopy_Answers400_DraftSentMeanwhile_Answers404()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        using var client = LoopbackGraph.Client(server);
        var draft = await PostMimeAsync(client, Base64(Mime), ct);
        await client.Users[MailSeed.UserId].Messages[draft!.Id].Send.PostAsync(cancellationToken: ct);
        var copyId = Assert.Single(server.Mail.Sent).SentItemsId;

        var sentCopy = await Assert.ThrowsAsync<ODataError>(() => client.Users[MailSeed.UserId].Messages[copyId].PatchAsync(new Message { Subject = "تعديل" }, cancellationToken: ct));
        var gone = await Assert.ThrowsAsync<ODataError>(() => client.Users[MailSeed.UserId].Messages[draft.Id].PatchAsync(new Message { Subject = "تعديل" }, cancellationToken: ct));
        var flagged = await client.Users[MailSeed.UserId].Messages[copyId].PatchAsync(new Message { IsRead = true }, cancellationToken: ct);

        Assert.Equal((400, "ErrorInvalidPropertyUpdateSentMessage"), (sentCopy.ResponseStatusCode, sentCopy.Error!.Code));
        Assert.Equal(404, gone.ResponseStatusCode);
        Assert.True(flagged!.IsRead);
    }
}
