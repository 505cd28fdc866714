using System.Security.Cryptography;
using System.Text;
using Tarmeem.Surveys.Page;

namespace Tarmeem.Surveys.Tests.Page;

public sealed class CompiledPageTests
{
    [Fact]
    public void Compile_TemplateWithStyles_PolicyAllowsEachStyleByHashAndNothingElse()
    {
        const string template = "<html><head><title>{{title}}</title><style>a{}</style><STYLE media=\"print\">b{}</STYLE></head><body>{{body}}</body></html>";

        var page = CompiledPage.Compile(template, "عنوان");

        Assert.Equal("<html><head><title>عنوان</title><style>a{}</style><STYLE media=\"print\">b{}</STYLE></head><body>", page.Before);
        Assert.Equal("</body></html>", page.After);
        Assert.Equal(
            $"default-src 'none'; style-src 'sha256-{Hash("a{}")}' 'sha256-{Hash("b{}")}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            page.ContentSecurityPolicy);
    }

    [Fact]
    public void Compile_StyleAttribute_RefusedNamingTheTemplate()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CompiledPage.Compile("<title>{{title}}</title><p style=\"color:red\">{{body}}</p>", "t"));

        Assert.StartsWith("The template survey-page.html has a style=\"…\" attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_BodyTwice_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CompiledPage.Compile("<title>{{title}}</title>{{body}}{{body}}", "t"));

        Assert.Contains("{{body}} exactly once", error.Message, StringComparison.Ordinal);
    }

    private static string Hash(string style) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
}
