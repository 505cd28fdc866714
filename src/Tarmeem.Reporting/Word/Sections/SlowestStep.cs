using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>
/// The handling step that takes longest: step durations are counted from receipt, so each step's own time is
/// the rise of the median over the step before it (the first step's is its median from receipt).
/// </summary>
internal sealed record SlowestStep(CaseStep From, CaseStep To, double MedianDays)
{
    public static SlowestStep? Of(QualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var steps = report.ResponseTimes.Steps
            .Where(s => s.Stats.MedianDays is not null)
            .OrderBy(s => s.Step)
            .ToList();
        SlowestStep? slowest = null;
        var from = CaseStep.Received;
        var before = 0.0;
        foreach (var step in steps)
        {
            var median = step.Stats.MedianDays!.Value;
            var own = median - before;
            if (step.Step != CaseStep.Received && (slowest is null || own > slowest.MedianDays))
            {
                slowest = new SlowestStep(from, step.Step, own);
            }

            from = step.Step;
            before = median;
        }

        return slowest is { MedianDays: > 0 } ? slowest : null;
    }
}
