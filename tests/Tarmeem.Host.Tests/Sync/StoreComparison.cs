using System.Globalization;
using Tarmeem.Core.Domain;

namespace Tarmeem.Host.Tests.Sync;

/// <summary>The server's cases as the store should hold them, and the store's as they are: number, channel, received.</summary>
internal static class StoreComparison
{
    public static IReadOnlyList<string> Expected(SyncHarness harness, IEnumerable<string> liveItemIds) =>
        liveItemIds
            .Select(id => harness.Server.SharePoint.GetFields(harness.Lists.SiteId, harness.Lists.CasesListId, id)
                ?? throw new InvalidOperationException($"The test thinks item {id} is live, the server does not."))
            .Select(fields => Line(
                fields["Title"]!.GetValue<string>(),
                fields[ListFixture.Channel]!.GetValue<string>() switch
                {
                    "المقابلة" => Channel.InPerson,
                    "الاتصالات الهاتفية" => Channel.Phone,
                    "واتساب" => Channel.SocialMedia,
                    _ => Channel.Unspecified,
                },
                DateTimeOffset.Parse(fields["ReceivedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static async Task<IReadOnlyList<string>> ActualAsync(SyncHarness harness) =>
        (await harness.ReadAllAsync()).Cases
            .Select(c => Line(c.CaseNumber, c.Channel, c.Received!.Value))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Line(string number, Channel channel, DateTimeOffset received) =>
        string.Create(CultureInfo.InvariantCulture, $"{number} {channel} {received.UtcDateTime:O}");
}
