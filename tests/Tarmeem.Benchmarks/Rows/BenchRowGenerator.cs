namespace Tarmeem.Benchmarks.Rows;

/// <summary>
/// Deterministic, realistic cases for the write benchmarks: the same seed gives the same rows in every
/// process, so each writer is timed on identical data. Rows are produced lazily so that generation adds
/// no memory of its own to a streamed writer's peak.
/// </summary>
internal static class BenchRowGenerator
{
    private const int Seed = 20261124;
    private const int DecisionStandardDays = 30;
    private static readonly DateOnly FirstDay = new(2025, 11, 1);

    public static IEnumerable<BenchRow> Generate(int count)
    {
        // Seeded System.Random is reproducible for a given .NET version, which is all a benchmark needs.
#pragma warning disable CA5394 // Not security: benchmark data.
        var random = new Random(Seed);
        for (var i = 1; i <= count; i++)
        {
            var received = FirstDay.AddDays(random.Next(365));
            var channel = random.Next(100) == 0 ? 0 : 1 + random.Next(8);
            var decision = random.Next(10) switch { < 6 => 1, < 8 => 2, _ => 0 };
            var verified = received.AddDays(random.Next(1, 5));
            var referred = random.Next(20) == 0 ? (DateOnly?)null : verified.AddDays(random.Next(1, 6));
            var attested = referred?.AddDays(random.Next(2, 10));
            var submitted = attested?.AddDays(random.Next(1, 8));
            DateOnly? decided = decision == 0 ? null : (submitted ?? verified).AddDays(random.Next(1, 20));
            var days = decided is { } d ? d.DayNumber - received.DayNumber + random.Next(0, 24) / 24.0 : (double?)null;
            var delivered = decision == 1 && random.Next(3) > 0;
            var registration = delivered ? decided?.AddDays(random.Next(1, 10)) : null;
            var service = registration?.AddDays(random.Next(5, 60));
            yield return new BenchRow
            {
                CaseNumber = $"TRM-{received.Year}-{i:0000000}",
                Channel = channel,
                RawChannel = channel == 0 ? "واتساب الفرع" : null,
                Branch = 1 + random.Next(5),
                ServiceType = 1 + random.Next(5),
                Received = received,
                DataVerified = verified,
                ReferredToResearcher = referred,
                Attested = attested,
                SubmittedToCommittee = submitted,
                DecisionOn = decided,
                Decision = decision,
                DaysToDecision = days,
                BusinessDaysToDecision = days is { } total ? (int)(total * 5 / 7) : null,
                DecidedWithinStandard = days is { } within ? within <= DecisionStandardDays : null,
                RegistrationCompleted = registration,
                ServiceDelivered = service,
                DaysToDelivery = service is { } s ? s.DayNumber - received.DayNumber : null,
                IncompleteApplication = random.Next(8) == 0,
                SurveyScore = random.Next(3) == 0 ? 1 + random.Next(5) : null,
            };
        }
#pragma warning restore CA5394
    }
}
