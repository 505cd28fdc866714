using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Mail;

/// <summary>A message's followupFlag and categories, and the mailbox's category master list, in Graph's shapes.</summary>
public sealed class FlagAndCategoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task Patch_FlagCompleteAndCategories_StampedAndInTheNextDeltaRound()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(new FakeTimeProvider(Now), ct);
        var ids = MailSeed.Create(server, 2);
        using var client = LoopbackGraph.Client(server);
        var delta = client.Users[MailSeed.Upn].MailFolders["inbox"].Messages.Delta;
        var first = await delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Select = ["id", "flag", "categories"], ct);
        Assert.All(first!.Value!, m => Assert.Equal((FollowupFlagStatus.NotFlagged, 0), (m.Flag!.FlagStatus!.Value, m.Categories!.Count)));

        var patched = await client.Users[MailSeed.Upn].Messages[ids[1]].PatchAsync(
            new Message { Flag = new FollowupFlag { FlagStatus = FollowupFlagStatus.Complete }, Categories = ["تم الحل", "فرع: جدة"] },
            cancellationToken: ct);
        var second = await delta.WithUrl(first.OdataDeltaLink!).GetAsDeltaGetResponseAsync(cancellationToken: ct);

        Assert.Equal(("2026-11-22T09:15:00.0000000", "UTC"), (patched!.Flag!.CompletedDateTime!.DateTime, patched.Flag.CompletedDateTime.TimeZone));
        var changed = Assert.Single(second!.Value!);
        Assert.Equal(ids[1], changed.Id);
        Assert.Equal(FollowupFlagStatus.Complete, changed.Flag!.FlagStatus);
        Assert.Equal(["تم الحل", "فرع: جدة"], changed.Categories);

        var cleared = await client.Users[MailSeed.Upn].Messages[ids[1]].PatchAsync(
            new Message { Flag = new FollowupFlag { FlagStatus = FollowupFlagStatus.NotFlagged } }, cancellationToken: ct);
        Assert.Null(cleared!.Flag!.CompletedDateTime);
        Assert.Equal(["تم الحل", "فرع: جدة"], cleared.Categories);
    }

    [Fact]
    public async Task Patch_UnknownFlagStatusOrCategoriesNotStrings_400AndUnchanged()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var ids = MailSeed.Create(server, 1);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Settings.AcceptedToken);

        foreach (var body in new[] { """{"flag":{"flagStatus":"done"}}""", """{"categories":"تم الحل"}""", """{"flag":{"flagStatus":"complete","completedDateTime":"2026-11-22"}}""" })
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PatchAsync(new Uri(server.BaseUrl + "/users/" + MailSeed.Upn + "/messages/" + ids[0]), content, ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var message = server.Mail.Messages(MailSeed.Upn, "inbox").Single();
        Assert.Equal("notFlagged", message["flag"]!["flagStatus"]!.GetValue<string>());
        Assert.Empty(message["categories"]!.AsArray());
    }

    [Fact]
    public async Task MasterCategories_PostThenGet_ListedAndDuplicateNameIs409()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        MailSeed.Create(server, 0);
        server.Mail.AddMasterCategory(MailSeed.Upn, "Red category", "preset0");
        using var client = LoopbackGraph.Client(server);
        var list = client.Users[MailSeed.UserId].Outlook.MasterCategories;

        var created = await list.PostAsync(new OutlookCategory { DisplayName = "تم الحل", Color = CategoryColor.Preset4 }, cancellationToken: ct);
        var duplicate = await Assert.ThrowsAsync<ODataError>(() => list.PostAsync(new OutlookCategory { DisplayName = "red CATEGORY", Color = CategoryColor.Preset1 }, cancellationToken: ct));
        var all = await list.GetAsync(cancellationToken: ct);

        Assert.False(string.IsNullOrEmpty(created!.Id));
        Assert.Equal(409, duplicate.ResponseStatusCode);
        Assert.Equal([("Red category", CategoryColor.Preset0), ("تم الحل", CategoryColor.Preset4)], all!.Value!.Select(c => (c.DisplayName!, c.Color!.Value)));
    }
}
