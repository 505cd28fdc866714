using System.Net;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Surveys.Page;

namespace Tarmeem.Surveys.Tests.Page;

public sealed class InMemoryFailedGuessCounterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RecordMiss_PastTheAllowance_OnlyThatClientOverUntilTheMinuteTurns()
    {
        var clock = new FakeTimeProvider(Start);
        var counter = new InMemoryFailedGuessCounter(new SurveyOptions { FailedLookupsPerMinute = 3 }, clock);

        var first = await MissesAsync(counter, "203.0.113.7", 4);
        var other = await counter.RecordMissAsync("198.51.100.9", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(59));
        var stillOver = await counter.RecordMissAsync("203.0.113.7", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var nextMinute = await MissesAsync(counter, "203.0.113.7", 3);

        Assert.Equal([false, false, false, true], first);
        Assert.False(other);
        Assert.True(stillOver);
        Assert.Equal([false, false, false], nextMinute);
    }

    [Theory]
    [InlineData("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    public void ClientKey_Address_Ipv6ByItsSlash64(string address, string expected) =>
        Assert.Equal(expected, ClientKey.Of(IPAddress.Parse(address)));

    private static async Task<bool[]> MissesAsync(InMemoryFailedGuessCounter counter, string client, int count)
    {
        var results = new bool[count];
        for (var i = 0; i < count; i++)
        {
            results[i] = await counter.RecordMissAsync(client, CancellationToken.None);
        }

        return results;
    }
}
