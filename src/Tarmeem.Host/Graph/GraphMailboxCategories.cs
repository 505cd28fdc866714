using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Tarmeem.Host.Graph;

/// <summary><see cref="IMailboxCategories"/> over the real <see cref="GraphServiceClient"/>.</summary>
internal sealed class GraphMailboxCategories(GraphServiceClient client) : IMailboxCategories
{
    public Task<IReadOnlyList<string>> GetNamesAsync(string mailbox, CancellationToken cancellationToken) =>
        GraphErrorTranslator.CallAsync<IReadOnlyList<string>>($"the category list of mailbox '{mailbox}'", async () =>
        {
            var names = new List<string>();
            var page = await client.Users[mailbox].Outlook.MasterCategories.GetAsync(cancellationToken: cancellationToken);
            while (page is not null)
            {
                names.AddRange((page.Value ?? []).Select(c => c.DisplayName).OfType<string>());
                page = page.OdataNextLink is { } next
                    ? await client.Users[mailbox].Outlook.MasterCategories.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                    : null;
            }

            return names;
        });

    public async Task<bool> CreateAsync(string mailbox, string displayName, string color, CancellationToken cancellationToken)
    {
        try
        {
            return await GraphErrorTranslator.CallAsync($"category '{displayName}' of mailbox '{mailbox}'", async () =>
            {
                var category = new OutlookCategory { DisplayName = displayName, Color = Enum.Parse<CategoryColor>(color, ignoreCase: true) };
                await client.Users[mailbox].Outlook.MasterCategories.PostAsync(category, cancellationToken: cancellationToken);
                return true;
            });
        }
        catch (GraphSourceException error) when (error.Status == 409)
        {
            return false;
        }
    }
}
