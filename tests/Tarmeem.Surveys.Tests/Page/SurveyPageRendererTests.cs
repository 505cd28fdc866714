using System.Text;
using Microsoft.AspNetCore.Http;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Page;

namespace Tarmeem.Surveys.Tests.Page;

public sealed class SurveyPageRendererTests
{
    private static readonly SurveyPageRenderer Renderer = new(SurveyTemplates.Load(null));

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(5)]
    public async Task FreshForm_EachPreselection_SameBytesAsTheRenderedForm(int? selected)
    {
        const string action = "/base&/s/AbcdefghijklmnopqrstuvwxyzABCD-_";
        var http = new DefaultHttpContext();
        using var body = new MemoryStream();
        http.Response.Body = body;

        await Renderer.FreshForm(action, selected, "seal+/=", action + "/optout").ExecuteAsync(http);

        var expected = Renderer.Form(action, selected, null, "seal+/=", action + "/optout", showError: false);
        Assert.Equal(expected, Encoding.UTF8.GetString(body.ToArray()));
        Assert.Equal(Encoding.UTF8.GetByteCount(expected), http.Response.ContentLength);
        Assert.Equal(Renderer.ContentSecurityPolicy, http.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Contains("action=\"/base&amp;/s/", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_OptionalQuestionTile_DigitAndWordsAreTheLabelNoHiddenName()
    {
        var html = Renderer.Form("/s/x", null, null, "seal", "/s/x/optout", showError: false);

        Assert.Contains(
            "<label class=\"choice tile\" for=\"Courtesy-5\"><input type=\"radio\" id=\"Courtesy-5\" name=\"Courtesy\" value=\"5\"><span><span class=\"digit\">٥</span> <span class=\"word\">",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label", html, StringComparison.Ordinal);
        Assert.DoesNotContain("title=", html, StringComparison.Ordinal);
    }
}
