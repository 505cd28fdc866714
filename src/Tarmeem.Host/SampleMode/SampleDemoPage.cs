using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Tarmeem.Host.SampleMode;

/// <summary>
/// The add-in pane outside Outlook, for <c>serve --sample</c> only: <c>/addin/demo.html</c> is the pane's own markup and
/// modules under a «عرض تجريبي» banner, with <c>office-demo.js</c> standing in for Office.js (categories kept in the page).
/// </summary>
public static class SampleDemoPage
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["demo.html"] = "text/html; charset=utf-8",
        ["office-demo.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>The conversation of the <paramref name="number"/>-th demo inquiry: what the stand-in's mail item reads.</summary>
    public static string Conversation(int number) => $"SAMPLE-DEMO-{number}";

    public static void MapSampleDemo(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var (name, contentType) in Files)
        {
            var content = Read(name);
            // A literal route: it wins over /addin/{file}, which serves only the pane's own files.
            app.MapGet("/addin/" + name, (HttpContext http) =>
            {
                http.Response.Headers.ContentSecurityPolicy = "script-src 'self'; object-src 'none'; base-uri 'none'";
                http.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(content, contentType);
            });
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(SampleDemoPage).Assembly.GetManifestResourceStream("sample/" + name)
            ?? throw new InvalidOperationException($"The demo file {name} is not built into the program.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
