using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>A survey comment already scrubbed of personal data; only its channel and score travel with it.</summary>
public sealed record SurveyComment
{
    public required DateOnly AnsweredOn { get; init; }

    public required Channel Channel { get; init; }

    public required int Overall { get; init; }

    public required string Text { get; init; }
}
