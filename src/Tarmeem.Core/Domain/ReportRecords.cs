namespace Tarmeem.Core.Domain;

/// <summary>
/// What a quality report reads: cases, inquiries and quarantined records as stored, and each survey invitation as a
/// <see cref="SurveyOutcome"/>. Plain data like <see cref="ServiceRecords"/>, which <see cref="From"/> turns into it.
/// </summary>
public sealed record ReportRecords
{
    public static ReportRecords Empty { get; } = new();

    public IReadOnlyList<SupportCase> Cases { get; init; } = [];

    public IReadOnlyList<Inquiry> Inquiries { get; init; } = [];

    /// <summary>One per invitation.</summary>
    public IReadOnlyList<SurveyOutcome> Surveys { get; init; } = [];

    public IReadOnlyList<QuarantinedRecord> Quarantined { get; init; } = [];

    /// <summary>
    /// The records as a report counts them. Each invitation keeps its latest answer (by <see cref="SurveyResponse.AnsweredAt"/>;
    /// of two at the same instant, the later in the list); an answer to an invitation the records do not hold counts
    /// nowhere, and of two invitations with one id only the first is answered. Surveys keep the invitations' order.
    /// </summary>
    public static ReportRecords From(ServiceRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var invitations = records.Invitations;
        var byId = new Dictionary<string, int>(invitations.Count, StringComparer.Ordinal);
        for (var i = 0; i < invitations.Count; i++)
        {
            byId.TryAdd(invitations[i].Id, i);
        }

        var answers = new SurveyResponse?[invitations.Count];
        foreach (var response in records.Responses)
        {
            if (byId.TryGetValue(response.InvitationId, out var index)
                && (answers[index] is not { } kept || response.AnsweredAt >= kept.AnsweredAt))
            {
                answers[index] = response;
            }
        }

        var surveys = new SurveyOutcome[invitations.Count];
        for (var i = 0; i < invitations.Count; i++)
        {
            var invitation = invitations[i];
            surveys[i] = new SurveyOutcome
            {
                Channel = invitation.Channel,
                SentAt = invitation.SentAt,
                Answer = answers[i],
                AnsweredCase = answers[i] is not null && invitation.SubjectKind == SurveySubjectKind.Case ? invitation.SubjectId : null,
            };
        }

        return new ReportRecords
        {
            Cases = records.Cases,
            Inquiries = records.Inquiries,
            Surveys = surveys,
            Quarantined = records.Quarantined,
        };
    }
}
