using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>One survey question's answers in the period.</summary>
public sealed record QuestionFigures
{
    public required SurveyQuestion Question { get; init; }

    public int Answers { get; init; }

    public double? Mean { get; init; }

    public double? Csat { get; init; }
}
