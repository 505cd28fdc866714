using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tarmeem.Host.Tests.AddIn;

public sealed class AddInStatusApiTests
{
    private const string StaffGroup = "5b8a2c0e-6f1d-4e3a-9b7c-2d4f6a8c0e1b";

    [Fact]
    public async Task Status_StaffToken_TimingsChannelBranchResolvedAndSurveyAnswered()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);
        await server.SeedAnsweredInquiryAsync();

        var (status, body) = await GetAsync(server, issuer.Token());
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(root.GetProperty("recorded").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 11, 0, 0, TimeSpan.Zero), root.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero), root.GetProperty("firstAnsweredAt").GetDateTimeOffset());
        Assert.Equal(20.0, root.GetProperty("businessHoursToFirstAnswer").GetDouble());
        Assert.True(root.GetProperty("withinTarget").GetBoolean());
        Assert.Equal("Jeddah", root.GetProperty("branch").GetProperty("code").GetString());
        Assert.Equal("فرع: جدة", root.GetProperty("branch").GetProperty("category").GetString());
        Assert.True(root.GetProperty("resolved").GetBoolean());
        Assert.Equal("answered", root.GetProperty("survey").GetString());
        Assert.Equal("تم الحل", root.GetProperty("categories").GetProperty("resolved").GetString());
    }

    [Fact]
    public async Task Status_BranchAddedInSettings_ItsCodeAndCategory()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        var branches = JsonNode.Parse("""[ { "Code": "Makkah" }, { "Code": "Jeddah" }, { "Code": "Rabigh", "Label": "رابغ" } ]""")!.AsArray();
        await using var server = await AddInServer.StartAsync(issuer.Authority, branches: branches);
        await server.SeedAnsweredInquiryAsync(branch: "Rabigh");

        var (status, body) = await GetAsync(server, issuer.Token());
        using var json = JsonDocument.Parse(body);
        var branch = json.RootElement.GetProperty("branch");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Rabigh", branch.GetProperty("code").GetString());
        Assert.Equal("فرع: رابغ", branch.GetProperty("category").GetString());
    }

    [Fact]
    public async Task Status_Answers_CarryNoPersonalDataNorScore()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);
        await server.SeedAnsweredInquiryAsync();

        var answers = new List<string>
        {
            (await GetAsync(server, issuer.Token())).Body,
            (await GetAsync(server, issuer.Token(), "AAQkAGnotours=")).Body,
            (await GetAsync(server, issuer.Token(roles: ["Other"]))).Body,
            (await GetAsync(server, issuer.Token(audience: "someone-else"))).Body,
        };

        Assert.All(answers, answer =>
        {
            Assert.DoesNotContain(AddInServer.Sender, answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@", answer, StringComparison.Ordinal);
            Assert.DoesNotContain(AddInServer.Comment, answer, StringComparison.Ordinal);
            Assert.DoesNotContain("overall", answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("score", answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("subject", answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\"name\"", answer, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Status_ConversationNotFromTheMailbox_NotRecordedAndNothingElse()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);
        await server.SeedAnsweredInquiryAsync();

        var (status, body) = await GetAsync(server, issuer.Token(), "AAQkAGnotours=");
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(json.RootElement.GetProperty("recorded").GetBoolean());
        Assert.False(json.RootElement.TryGetProperty("receivedAt", out _));
        Assert.Equal("none", json.RootElement.GetProperty("survey").GetString());
    }

    [Theory]
    [InlineData("audience")]
    [InlineData("issuer")]
    [InlineData("signature")]
    [InlineData("expired")]
    [InlineData("none")]
    public async Task Status_TokenNotFromTheAuthorityForThisApi_Unauthorized(string bent)
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);
        await server.SeedAnsweredInquiryAsync();
        var token = bent switch
        {
            "audience" => issuer.Token(audience: "api://another-app"),
            "issuer" => issuer.Token(issuer: "https://login.microsoftonline.com/another-tenant/v2.0"),
            "signature" => issuer.Token(foreignKey: true),
            "expired" => issuer.Token(expiresIn: TimeSpan.FromMinutes(-10)),
            _ => null,
        };

        var (status, body) = await GetAsync(server, token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain("receivedAt", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ValidTokenWithoutStaffRole_Forbidden()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority);

        var (status, _) = await GetAsync(server, issuer.Token(roles: ["Reader"], groups: ["0c1d2e3f-0000-4000-8000-000000000000"]));

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Status_StaffGroupMemberWithoutRole_Allowed()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var server = await AddInServer.StartAsync(issuer.Authority, StaffGroup);
        await server.SeedAnsweredInquiryAsync();

        var (status, _) = await GetAsync(server, issuer.Token(roles: [], groups: [StaffGroup]));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(AddInServer server, string? token, string conversationId = AddInServer.Conversation)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Origin) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/addin/status?conversationId=" + Uri.EscapeDataString(conversationId));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
