using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Host.Graph;

namespace Tarmeem.Host.Tests.Graph;

public sealed class RetryAfterHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("3", 3000)]
    [InlineData("2.128", 2128)]
    [InlineData("0", 0)]
    [InlineData("Tue, 24 Nov 2026 07:00:05 GMT", 5000)]
    public void ReadRetryAfter_EachFormGraphSends_GivesTheWait(string header, int expectedMilliseconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), RetryAfterHandler.ReadRetryAfter(response, Now));
    }

    [Fact]
    public void DelayFor_NoRetryAfter_DoublesFromTheBaseUpToTheMaximum()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        using var handler = new RetryAfterHandler(
            new GraphOptions { RetryBaseDelay = TimeSpan.FromSeconds(2), MaxRetryDelay = TimeSpan.FromSeconds(10) }, new FakeTimeProvider(Now), NullLogger.Instance);

        var delays = Enumerable.Range(0, 4).Select(attempt => handler.DelayFor(response, attempt).TotalSeconds);

        Assert.Equal([2.0, 4.0, 8.0, 10.0], delays);
    }

    [Fact]
    public void DelayFor_RetryAfterBeyondTheMaximum_IsCapped()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "600");
        using var handler = new RetryAfterHandler(new GraphOptions { MaxRetryDelay = TimeSpan.FromSeconds(30) }, new FakeTimeProvider(Now), NullLogger.Instance);

        Assert.Equal(TimeSpan.FromSeconds(30), handler.DelayFor(response, 0));
    }
}
