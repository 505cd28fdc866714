using System.Text.Json;
using Microsoft.Playwright;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// axe-core (npm, pinned in tests/Tarmeem.Host.Tests/package-lock.json) injected into a page, run for the WCAG 2.x
/// A and AA rules. The script is injected, so the context must bypass the page's Content-Security-Policy.
/// </summary>
internal static class AxeCore
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly Lazy<string> Script = new(Load);

    /// <summary>One line per violation: rule, impact and the elements it names.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))",
            Tags);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static string Load()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(script))
            {
                return File.ReadAllText(script);
            }
        }

        throw new FileNotFoundException("axe-core is not installed for the browser tests: run `npm ci --prefix tests/Tarmeem.Host.Tests` from the repository root.");
    }
}
