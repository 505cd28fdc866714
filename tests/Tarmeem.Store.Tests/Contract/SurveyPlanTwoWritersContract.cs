using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>
/// Two nodes committing survey plans for the same subjects at once: a subject is invited once, ever. SQLite's second
/// writer waits for the file lock and then sees the first one's invitations; PostgreSQL lets both transactions run, so
/// the rule must hold there without the lock.
/// </summary>
public abstract class SurveyPlanTwoWritersContract
{
    private const int Rounds = 8;
    private const int SubjectsPerRound = 25;
    private static readonly DateTimeOffset At = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract IStoreUnderTest NewStore();

    [Fact]
    public async Task CommitPlanAsync_TwoNodesPlanTheSameSubjectsAtOnce_EachSubjectInvitedOnce()
    {
        await using var folder = NewStore();
        // Two stores on one database, each with its own connections: two nodes, each planning with its own random ids.
        await using var nodeA = await folder.OpenAsync();
        await using var nodeB = await folder.OpenAsync();
        await using var surveysA = new SqlSurveyStore(nodeA);
        await using var surveysB = new SqlSurveyStore(nodeB);

        var stored = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var subjects = Enumerable.Range(1, SubjectsPerRound).Select(i => $"I-{round}-{i}").ToList();
            var added = await Task.WhenAll(
                Task.Run(() => surveysA.CommitPlanAsync([.. subjects.Select(s => Planned("A", s))], At, CancellationToken.None)),
                Task.Run(() => surveysB.CommitPlanAsync([.. subjects.Select(s => Planned("B", s))], At, CancellationToken.None)));
            stored += added.Sum();
        }

        using var raw = folder.OpenRawConnection();
        Assert.Equal(Rounds * SubjectsPerRound, stored);
        Assert.Empty(RawSql.Rows(raw, "SELECT subject_id FROM survey_invitations GROUP BY subject_id HAVING count(*) > 1"));
        Assert.Equal(
            [(Rounds * SubjectsPerRound).ToString(System.Globalization.CultureInfo.InvariantCulture)],
            RawSql.Rows(raw, "SELECT count(DISTINCT subject_id) FROM survey_invitations").Select(r => r[0]));
        // Every outbox row belongs to the one invitation its subject kept: no person gets the survey twice.
        Assert.Empty(RawSql.Rows(raw, """
            SELECT i.subject_id FROM survey_outbox AS o JOIN survey_invitations AS i ON i.id = o.invitation_id
            GROUP BY i.subject_id HAVING count(*) <> 1
            """));
        Assert.Equal(
            RawSql.Rows(raw, "SELECT count(*) FROM survey_invitations")[0],
            RawSql.Rows(raw, "SELECT count(*) FROM survey_outbox WHERE kind = 'Initial'")[0]);
    }

    private static PlannedMessage Planned(string node, string subjectId)
    {
        var id = $"{node}-{subjectId}";
        return new PlannedMessage(
            id,
            OutboxKind.Initial,
            ContactKeys.For($"{subjectId}@example.org"),
            At,
            new SurveyInvitation
            {
                Id = id,
                SubjectKind = SurveySubjectKind.Inquiry,
                SubjectId = subjectId,
                Channel = Channel.Phone,
                Branch = Branch.Unspecified,
                CreatedAt = At,
                ExpiresAt = At.AddDays(14),
            });
    }
}
