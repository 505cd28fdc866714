using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Tarmeem.Host.SampleMode;

/// <summary>
/// The add-in pane outside Outlook, for <c>serve --sample</c> only: <c>/addin/demo.html</c> is the pane's own page and
/// modules under a «عرض تجريبي» banner, with <c>office-demo.js</c> standing in for Office.js (categories kept in the page).
/// </summary>
internal static class SampleDemoPage
{
    /// <summary>Office.js as the pane loads it in Outlook; the demo loads the stand-in in its place.</summary>
    private const string OfficeScript = "<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>";

    /// <summary>The conversation of the <paramref name="number"/>-th demo inquiry: what the stand-in's mail item reads.</summary>
    public static string Conversation(int number) => $"SAMPLE-DEMO-{number}";

    public static void MapSampleDemo(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Map(app, "demo.html", DemoPage(), "text/html; charset=utf-8");
        Map(app, "office-demo.js", Read("office-demo.js"), "text/javascript; charset=utf-8");
    }

    /// <summary>The pane's own page, so the demo shows what Outlook shows: the stand-in instead of Office.js, and the banner.</summary>
    private static byte[] DemoPage()
    {
        var pane = Encoding.UTF8.GetString(AddIn.AddInFiles.Read("pane.html"));
        if (!pane.Contains(OfficeScript, StringComparison.Ordinal) || !pane.Contains("<body>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The add-in's pane.html no longer loads Office.js as the sample demo expects (SampleMode/SampleDemoPage.cs).");
        }

        var demo = pane
            .Replace(OfficeScript, "<script src=\"office-demo.js\"></script>", StringComparison.Ordinal)
            .Replace("<body>", "<body>\n" + Encoding.UTF8.GetString(Read("demo-banner.html")), StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(demo);
    }

    private static void Map(WebApplication app, string name, byte[] content, string contentType) =>
        // A literal route: it wins over /addin/{file}, which serves only the pane's own files.
        app.MapGet("/addin/" + name, (HttpContext http) =>
        {
            http.Response.Headers.ContentSecurityPolicy = "script-src 'self'; object-src 'none'; base-uri 'none'";
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(content, contentType);
        });

    private static byte[] Read(string name)
    {
        using var stream = typeof(SampleDemoPage).Assembly.GetManifestResourceStream("sample/" + name)
            ?? throw new InvalidOperationException($"The demo file {name} is not built into the program.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
