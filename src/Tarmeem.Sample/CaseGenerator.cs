using System.Globalization;
using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>
/// Support cases walking the policy's steps with working-day delays. Most are decided within the
/// 14-day standard; incomplete applications and a slow committee make a realistic tail past it.
/// Steps that would happen after the end of the sample stay empty: those cases are still open.
/// </summary>
internal sealed class CaseGenerator(SampleWindows windows, WorkClock clock, Random random)
{
    public const double IncompleteShare = 0.08;

    /// <summary>Accepted cases whose delivery waits months (funding, a contractor): the tail of the aging report.</summary>
    public const double StalledShare = 0.015;

    private static readonly WeightedChoice<int> VerifyDays = new((0, 45), (1, 30), (2, 15), (3, 10));
    private static readonly WeightedChoice<int> AttestDays = new((0, 50), (1, 35), (2, 15));
    private static readonly WeightedChoice<int> CommitteeDays = new((1, 35), (2, 30), (3, 18), (4, 10), (5, 7));

    // The committee usually answers within days; sometimes it defers a case to a later meeting.
    private static readonly WeightedChoice<(int Min, int Max)> DecisionDays = new(
        ((1, 2), 60), ((3, 5), 25), ((6, 10), 10), ((11, 25), 5));

    public List<SupportCase> Generate(IEnumerable<Arrival> arrivals, int expectedCount) =>
        Arrival.Numbered(arrivals, expectedCount, "TRM", Walk);

    private SupportCase Walk(Arrival arrival, string caseNumber)
    {
        var incomplete = random.Chance(IncompleteShare);
        var received = arrival.Local;

        // Waiting for the missing papers is what makes an incomplete application slow.
        var verified = clock.Later(received, incomplete ? random.Next(3, 16) : VerifyDays.Pick(random));
        DateTime? referred = random.Chance(incomplete ? 0.30 : 0.17) ? clock.Later(verified, random.Next(0, 2)) : null;
        var attested = clock.Later(referred ?? verified, AttestDays.Pick(random));
        var submitted = clock.Later(attested, CommitteeDays.Pick(random));
        var (min, max) = DecisionDays.Pick(random);
        var decided = clock.Later(submitted, random.Next(min, max + 1));
        var accepted = random.Chance(incomplete ? 0.58 : 0.71);
        DateTime? registered = accepted ? clock.Later(decided, random.Next(1, 11)) : null;
        var deliveryDays = random.Chance(StalledShare) ? random.Next(90, 241) : random.Next(10, 61);
        DateTime? delivered = registered is { } r
            ? clock.OfficeTime(clock.OnOrAfter(DateOnly.FromDateTime(r).AddDays(deliveryDays)))
            : null;

        var decidedAt = windows.IfPast(decided);
        var branch = SampleMix.BranchesFor(arrival.Channel).Pick(random);
        var serviceType = SampleMix.ServiceTypes.Pick(random);

        // A step is known only once it has happened, and only if every step before it has.
        var verifiedAt = windows.IfPast(verified);
        var referredAt = verifiedAt is null ? null : windows.IfPast(referred);
        var attestedAt = verifiedAt is null ? null : windows.IfPast(attested);
        var submittedAt = attestedAt is null ? null : windows.IfPast(submitted);
        decidedAt = submittedAt is null ? null : decidedAt;
        var registeredAt = decidedAt is null ? null : windows.IfPast(registered);
        var deliveredAt = registeredAt is null ? null : windows.IfPast(delivered);

        return new SupportCase
        {
            CaseNumber = caseNumber,
            Channel = arrival.Channel,
            Branch = branch,
            ServiceType = serviceType,
            Received = windows.At(received),
            DataVerified = verifiedAt,
            ReferredToResearcher = referredAt,
            Attested = attestedAt,
            SubmittedToCommittee = submittedAt,
            DecisionAt = decidedAt,
            Decision = decidedAt is null ? CaseDecision.Pending : accepted ? CaseDecision.Accepted : CaseDecision.Rejected,
            RegistrationCompleted = registeredAt,
            ServiceDelivered = deliveredAt,
            IncompleteApplication = incomplete,
        };
    }
}
