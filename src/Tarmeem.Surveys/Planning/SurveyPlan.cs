using Tarmeem.Store.Surveys;

namespace Tarmeem.Surveys.Planning;

/// <summary>A planning run's decisions, and what to store for those that go now.</summary>
public sealed record SurveyPlan(IReadOnlyList<SurveyDecision> Decisions, IReadOnlyList<PlannedMessage> ToStore)
{
    public int Count(DecisionReason reason) => Decisions.Count(d => d.Reason == reason);

    /// <summary>Counts per reason, in the enum's order, zero rows left out.</summary>
    public IReadOnlyList<(DecisionReason Reason, int Count)> Tally() =>
        Enum.GetValues<DecisionReason>().Select(r => (r, Count(r))).Where(x => x.Item2 > 0).ToList();
}
