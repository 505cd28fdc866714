namespace Tarmeem.Reporting.Model;

/// <summary>What beneficiaries said about the period's service, anonymous by construction.</summary>
public sealed record SatisfactionFigures
{
    public int InvitationsSent { get; init; }

    public int Responses { get; init; }

    public double? ResponseRate { get; init; }

    /// <summary>Overall answers per score; index 0 is score 1, index 4 is score 5.</summary>
    public required IReadOnlyList<int> OverallDistribution { get; init; }

    /// <summary>Every scored question, overall first.</summary>
    public required IReadOnlyList<QuestionFigures> Questions { get; init; }

    /// <summary>Comments with personal data removed and markup made inert, newest first.</summary>
    public required IReadOnlyList<SurveyComment> Comments { get; init; }
}
