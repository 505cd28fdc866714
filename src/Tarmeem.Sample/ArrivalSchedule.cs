using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>
/// Spreads a yearly volume over the days, channel by channel, following the seasons, with day-to-day
/// noise; yields each day's arrivals in time order so that sequence numbers follow receipt.
/// </summary>
internal sealed class ArrivalSchedule(SampleCalendar calendar, SampleWindows windows, Random random)
{
    private const double DailyNoise = 0.25;

    // Messages and forms sent from home: few before dawn, most in the evening.
    private static readonly WeightedChoice<int> AnytimeHours = new(
        (0, 0.6), (1, 0.4), (2, 0.25), (3, 0.15), (4, 0.1), (5, 0.15), (6, 0.3), (7, 0.6),
        (8, 1.0), (9, 1.3), (10, 1.4), (11, 1.4), (12, 1.3), (13, 1.2), (14, 1.2), (15, 1.2),
        (16, 1.2), (17, 1.3), (18, 1.4), (19, 1.5), (20, 1.7), (21, 1.8), (22, 1.6), (23, 1.1));

    private static readonly TimeSpan OfficeArrivalSpan = TimeSpan.FromHours(7.5);

    /// <summary>About how many arrivals <see cref="Generate"/> yields, with room for the noise: a list capacity.</summary>
    public static int ExpectedCount(SampleWindows windows, double perYear) =>
        (int)Math.Ceiling(perYear * windows.Scale * (1 + SampleMix.PreviousYearVolume) * 1.05) + 64;

    public IEnumerable<Arrival> Generate(WeightedChoice<Channel> channels, double perYear)
    {
        var channelCount = channels.Values.Count;
        var previousSums = new double[channelCount];
        var mainSums = new double[channelCount];
        for (var c = 0; c < channelCount; c++)
        {
            var channel = channels.Values[c];
            previousSums[c] = SumWeights(channel, windows.PreviousYearStart, windows.MainYearStart);
            mainSums[c] = SumWeights(channel, windows.MainYearStart, windows.EndDate);
        }

        var day = new List<Arrival>();
        for (var date = windows.PreviousYearStart; date < windows.EndDate; date = date.AddDays(1))
        {
            var inMain = date >= windows.MainYearStart;
            var volume = perYear * windows.Scale * (inMain ? 1.0 : SampleMix.PreviousYearVolume);
            day.Clear();
            for (var c = 0; c < channelCount; c++)
            {
                var channel = channels.Values[c];
                var weight = DayWeight(channel, date);
                if (weight <= 0)
                {
                    continue;
                }

                var expected = volume * channels.ShareAt(c) * weight / (inMain ? mainSums[c] : previousSums[c]);
                var noise = Math.Exp((DailyNoise * random.Normal()) - (DailyNoise * DailyNoise / 2));
                var count = random.StochasticRound(expected * noise);
                var officeChance = SampleMix.OfficeHoursShare(channel) * calendar.OfficeWeight(date) / weight;
                for (var i = 0; i < count; i++)
                {
                    day.Add(new Arrival(random.Chance(officeChance) ? OfficeArrival(date) : AnytimeArrival(date), channel));
                }
            }

            day.Sort();
            foreach (var arrival in day)
            {
                yield return arrival;
            }
        }
    }

    private double DayWeight(Channel channel, DateOnly date)
    {
        var office = SampleMix.OfficeHoursShare(channel);
        return (office * calendar.OfficeWeight(date)) + ((1 - office) * calendar.AnytimeWeight(date));
    }

    private double SumWeights(Channel channel, DateOnly from, DateOnly toExclusive)
    {
        var sum = 0.0;
        for (var date = from; date < toExclusive; date = date.AddDays(1))
        {
            sum += DayWeight(channel, date);
        }

        return sum;
    }

    // Two uniforms make a triangle: the late-morning peak of an office queue.
    private DateTime OfficeArrival(DateOnly date)
    {
        var fraction = (random.NextDouble() + random.NextDouble()) / 2;
        var offset = TimeSpan.FromSeconds(Math.Floor(fraction * OfficeArrivalSpan.TotalSeconds));
        return date.ToDateTime(TimeOnly.MinValue) + WorkClock.DayStart + offset;
    }

    private DateTime AnytimeArrival(DateOnly date)
    {
        var hour = AnytimeHours.Pick(random);
        return date.ToDateTime(TimeOnly.MinValue) + TimeSpan.FromHours(hour) + TimeSpan.FromSeconds(random.Next(3600));
    }
}
