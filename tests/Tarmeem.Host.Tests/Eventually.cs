namespace Tarmeem.Host.Tests;

/// <summary>Polls a condition until it holds or a deadline passes (a loaded machine gets time, a hang gets a message).</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan limit, Func<string> failure)
    {
        var deadline = DateTimeOffset.UtcNow + limit;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, failure());
            await Task.Delay(100);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan limit, Func<string> failure) =>
        HoldsAsync(() => Task.FromResult(condition()), limit, failure);
}
