namespace Tarmeem.Sample;

/// <summary>The few draws the generator needs on top of <see cref="Random"/>, all from the one seeded stream.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Rounds up with probability equal to the fraction, so that totals keep their expected value.</summary>
    public static int StochasticRound(this Random random, double value)
    {
        var floor = Math.Floor(value);
        return (int)floor + (random.NextDouble() < value - floor ? 1 : 0);
    }

    /// <summary>A whole number of seconds between the bounds.</summary>
    public static TimeSpan Between(this Random random, TimeSpan min, TimeSpan max) =>
        TimeSpan.FromSeconds(Math.Floor(min.TotalSeconds + (random.NextDouble() * (max - min).TotalSeconds)));

    /// <summary>Exponential waiting time with the given mean, cut at a maximum.</summary>
    public static TimeSpan Exponential(this Random random, TimeSpan mean, TimeSpan max)
    {
        var seconds = -Math.Log(1.0 - random.NextDouble()) * mean.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Floor(Math.Min(seconds, max.TotalSeconds)));
    }
}
