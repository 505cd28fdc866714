using System.Text.Json;
using Microsoft.Playwright;

namespace Tarmeem.Host.Tests.AddIn;

/// <summary>
/// Stands in for Office.js in the browser: exactly Microsoft's CDN URL is answered with a stub of the Outlook read
/// item (conversation id, categories get/add/remove, recorded in <c>window.officeCalls</c>) that also feeds the pane
/// its token; every other request that is not to loopback is aborted, so the test never leaves the machine.
/// </summary>
internal static class OfficeStub
{
    public const string OfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    private const string Script = """
        window.officeCalls = [];
        let categories = PRESENT.map(n => ({ displayName: n, color: "preset0" }));
        const done = (callback, value) => setTimeout(() => callback({ status: "succeeded", value }), 0);
        window.Office = {
          AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
          onReady(callback) { setTimeout(() => callback({ host: "Outlook", platform: "OfficeOnline" }), 0); },
          context: { mailbox: { item: {
            conversationId: CONVERSATION,
            categories: {
              getAsync(callback) { officeCalls.push(["getAsync"]); done(callback, categories.slice()); },
              addAsync(names, callback) {
                officeCalls.push(["addAsync", names]);
                categories.push(...names.map(n => ({ displayName: n, color: "preset0" })));
                done(callback);
              },
              removeAsync(names, callback) {
                officeCalls.push(["removeAsync", names]);
                categories = categories.filter(c => !names.includes(c.displayName));
                done(callback);
              },
            },
          } } },
        };
        window.tarmeemToken = () => Promise.resolve(TOKEN);
        """;

    public static async Task RouteAsync(IBrowserContext context, string conversationId, string token, IReadOnlyList<string> present, List<string> aborted)
    {
        var stub = Script
            .Replace("PRESENT", JsonSerializer.Serialize(present), StringComparison.Ordinal)
            .Replace("CONVERSATION", JsonSerializer.Serialize(conversationId), StringComparison.Ordinal)
            .Replace("TOKEN", JsonSerializer.Serialize(token), StringComparison.Ordinal);
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url == OfficeJsUrl)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = stub });
            }
            else if (new Uri(url).IsLoopback)
            {
                await route.ContinueAsync();
            }
            else
            {
                aborted.Add(url);
                await route.AbortAsync();
            }
        });
    }
}
