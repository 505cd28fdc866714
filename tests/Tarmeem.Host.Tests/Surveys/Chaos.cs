namespace Tarmeem.Host.Tests.Surveys;

/// <summary>Seeded crash points: before or after a call, with a fixed probability each.</summary>
internal sealed class Chaos(int seed, double probability)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public int Crashes { get; private set; }

    public bool Enabled { get; set; } = true;

    public void Point(string where)
    {
        lock (_gate)
        {
            if (Enabled && _random.NextDouble() < probability)
            {
                Crashes++;
                throw new SimulatedCrash(where);
            }
        }
    }

    public async Task<T> AroundAsync<T>(string name, Func<Task<T>> call)
    {
        Point("before " + name);
        var result = await call();
        Point("after " + name);
        return result;
    }

    public async Task AroundAsync(string name, Func<Task> call)
    {
        Point("before " + name);
        await call();
        Point("after " + name);
    }

    public int Next(int max)
    {
        lock (_gate)
        {
            return _random.Next(max);
        }
    }
}
