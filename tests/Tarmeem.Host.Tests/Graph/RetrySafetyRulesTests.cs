using System.Text;
using Tarmeem.Host.Graph;

namespace Tarmeem.Host.Tests.Graph;

public sealed class RetrySafetyRulesTests
{
    private const string Root = "https://graph.microsoft.com/v1.0";

    [Theory]
    [InlineData("GET", "/users/u/mailFolders/inbox/messages", null, true)]
    [InlineData("PATCH", "/users/u/messages/m1", null, true)]
    [InlineData("PUT", "/drives/d/items/i:/r.xlsx:/content", null, true)]
    [InlineData("DELETE", "/users/u/messages/m1", null, true)]
    [InlineData("POST", "/users/u/messages/m1/permanentDelete", null, true)]
    [InlineData("POST", "/users/u/messages", null, false)]
    [InlineData("POST", "/users/u/mailFolders/drafts/messages", null, false)]
    [InlineData("POST", "/users/u/messages/m1/send", null, false)]
    [InlineData("POST", "/users/u/sendMail", null, false)]
    [InlineData("POST", "/users/u/messages/m1/attachments/createUploadSession", null, false)]
    [InlineData("POST", "/$batch", """{"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"2","method":"PATCH","url":"/users/u/messages/m1"}]}""", true)]
    [InlineData("POST", "/$batch", """{"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"2","method":"post","url":"/users/u/sendMail"}]}""", false)]
    [InlineData("POST", "/$batch", """{"requests":[{"id":"1","url":"/me"}]}""", false)]
    [InlineData("POST", "/$batch", "not json", false)]
    public async Task IsRepeatable_EachKindOfRequest_OnlyWhatCannotCreateOrSendTwice(string method, string path, string? body, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Root + path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        Assert.Equal(expected, await RetrySafety.IsRepeatableAsync(request, CancellationToken.None));
    }

    [Theory]
    [InlineData(429, null, true)]
    [InlineData(503, "5", true)]
    [InlineData(503, null, false)]
    [InlineData(504, "5", false)]
    public void SaysNotProcessed_StatusAndRetryAfter_OnlyWhatGraphDidNotDo(int status, string? retryAfter, bool expected)
    {
        using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        Assert.Equal(expected, RetrySafety.SaysNotProcessed(response));
    }
}
