using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Tests.Support;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Surveys.Tests.Store;

/// <summary>The survey store's behaviour every provider must show; a provider's fixture subclasses it.</summary>
public abstract class SurveyStoreContract
{
    private static readonly DateTimeOffset Now = Riyadh.At(11, 23, 10);

    internal static PlannedMessage Planned(string invitationId, string subjectId, string email, DateTimeOffset at) => new(
        invitationId,
        OutboxKind.Initial,
        ContactKeys.For(email),
        at,
        new SurveyInvitation
        {
            Id = invitationId,
            SubjectKind = SurveySubjectKind.Inquiry,
            SubjectId = subjectId,
            Channel = Channel.Phone,
            Branch = Branch.Makkah,
            CreatedAt = at,
            ExpiresAt = at + TimeSpan.FromDays(14),
        });

    /// <summary>A fresh, empty store of the provider under test.</summary>
    private protected abstract Task<TempStore> OpenStoreAsync();

    [Fact]
    public async Task CommitPlan_SameSubjectDecidedTwice_StoresOneInvitationAndOneRow()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;

        var first = await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now)], Now, ct);
        var second = await store.Surveys.CommitPlanAsync([Planned("S2", "I-1", "a@example.org", Now)], Now, ct);

        Assert.Equal((1, 0), (first, second));
        Assert.Single(store.Rows("SELECT id FROM survey_invitations"));
        Assert.Equal("S1.Initial|Pending|0", string.Join(";", store.Rows("SELECT message_key || '|' || state || '|' || attempts FROM survey_outbox").Select(r => r[0])));
    }

    [Fact]
    public async Task History_AfterCommit_KnowsSubjectAndContactButNotTheAddress()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now)], Now, ct);

        var history = await store.Surveys.ReadHistoryAsync(ct);

        Assert.Contains("Inquiry/I-1", history.SurveyedSubjects);
        Assert.Equal(Now, history.LastInvitedAt[ContactKeys.For("a@example.org")]);
        Assert.DoesNotContain(store.Rows("SELECT * FROM survey_outbox").SelectMany(r => r), v => v.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tokens_OnlyTheHashIsStored_AndTheHashFindsTheInvitation()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now)], Now, ct);
        var token = SurveyTokens.Create();

        await store.Surveys.AddTokenAsync(SurveyTokens.Hash(token), "S1", Now, ct);
        var match = await store.Surveys.FindByTokenHashAsync(SurveyTokens.Hash(token), ct);

        Assert.Equal("S1", match!.InvitationId);
        Assert.DoesNotContain(store.Rows("SELECT * FROM survey_tokens").SelectMany(r => r), v => v.Contains(token, StringComparison.Ordinal));
        Assert.Null(await store.Surveys.FindByTokenHashAsync(SurveyTokens.Hash(SurveyTokens.Create()), ct));
    }

    [Fact]
    public async Task ExtendExpiry_LaterThenEarlier_KeepsTheLaterNeverShortens()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now)], Now, ct);
        var token = SurveyTokens.Create();
        await store.Surveys.AddTokenAsync(SurveyTokens.Hash(token), "S1", Now, ct);

        await store.Surveys.ExtendExpiryAsync("S1", Now + TimeSpan.FromDays(17), ct);
        await store.Surveys.ExtendExpiryAsync("S1", Now + TimeSpan.FromDays(15), ct);

        Assert.Equal(Now + TimeSpan.FromDays(17), (await store.Surveys.FindByTokenHashAsync(SurveyTokens.Hash(token), ct))!.ExpiresAt);
    }

    [Fact]
    public async Task TryRecordResponse_Twice_KeepsTheFirst()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now)], Now, ct);

        var first = await store.Surveys.TryRecordResponseAsync(new SurveyResponse { InvitationId = "S1", AnsweredAt = Now, Overall = 5 }, ct);
        var second = await store.Surveys.TryRecordResponseAsync(new SurveyResponse { InvitationId = "S1", AnsweredAt = Now, Overall = 1 }, ct);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(["5|Answered"], store.Rows("SELECT r.overall || '|' || i.status FROM survey_responses r JOIN survey_invitations i ON i.id = r.invitation_id").Select(r => r[0]));
    }

    [Fact]
    public async Task TryRecordResponse_ManyAtOnceEachTwice_FirstOfEachKeptSecondRefusedNoneLost()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        var ids = Enumerable.Range(0, 300).Select(i => "S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await store.Surveys.CommitPlanAsync([.. ids.Select(id => Planned(id, "I-" + id, id + "@example.org", Now))], Now, ct);

        // Submitted concurrently, so that they share transactions; an unknown invitation in the middle fails alone.
        var submits = ids.Concat(ids).Append("S-unknown")
            .Select(id => Task.Run(() => store.Surveys.TryRecordResponseAsync(new SurveyResponse { InvitationId = id, AnsweredAt = Now, Overall = 4 }, ct)))
            .ToList();
        var unknown = submits[^1];
        var results = await Task.WhenAll(submits.SkipLast(1));

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => unknown);
        Assert.Equal((300, 300), (results.Count(r => r), results.Count(r => !r)));
        Assert.Equal("300", store.Rows("SELECT count(*) FROM survey_responses")[0][0]);
        Assert.Equal("300", store.Rows("SELECT count(*) FROM survey_invitations WHERE status = 'Answered'")[0][0]);
    }

    [Fact]
    public async Task OptOut_CancelsWhatWasNotSentToThatPersonAndIsRemembered()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now), Planned("S2", "I-2", "b@example.org", Now)], Now, ct);

        await store.Surveys.OptOutAsync("S1", Now, ct);

        var history = await store.Surveys.ReadHistoryAsync(ct);
        Assert.Contains(ContactKeys.For("a@example.org"), history.OptedOut);
        Assert.Equal(["S1.Initial|Cancelled", "S2.Initial|Pending"], store.Rows("SELECT message_key || '|' || state FROM survey_outbox ORDER BY 1").Select(r => r[0]));
    }

    [Fact]
    public async Task MarkSent_RecordsThreadAndInvitationSentOnce()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now)], Now, ct);

        await store.Surveys.MarkSentAsync("S1.Initial", Now, new SentMessageInfo("conv-1", "<m@x>"), ct);
        await store.Surveys.MarkSentAsync("S1.Initial", Now.AddHours(1), new SentMessageInfo("conv-2", "<n@x>"), ct);

        Assert.Equal("S1", await store.Surveys.FindInvitationByConversationAsync("conv-1", ct));
        Assert.Null(await store.Surveys.FindInvitationByConversationAsync("conv-2", ct));
        Assert.Equal(1, await store.Surveys.CountSentSinceAsync(Now, ct));
        Assert.Equal(["Sent"], store.Rows("SELECT status FROM survey_invitations").Select(r => r[0]));
    }

    [Fact]
    public async Task ApplyReply_SameMessageTwice_CountsItsBounceOnce()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now)], Now, ct);
        var bounce = new ReplyRecord("msg-1", "S1", "Bounce", Now, null, Bounce: true);

        var first = await store.Surveys.ApplyReplyAsync(bounce, ct);
        var again = await store.Surveys.ApplyReplyAsync(bounce, ct);

        Assert.Equal(1, first.Bounces);
        Assert.True(again.AlreadySeen);
        Assert.Equal(1, (await store.Surveys.ReadHistoryAsync(ct)).Bounces[ContactKeys.For("a@example.org")]);
    }

    [Fact]
    public async Task PurgeContacts_OlderThanRetention_RemovesAddressesButKeepsRules()
    {
        await using var store = await OpenStoreAsync();
        var ct = CancellationToken.None;
        await store.Surveys.UpsertContactsAsync([new SurveyContact(SurveySubjectKind.Inquiry, "I-1", "a@example.org")], Now.AddDays(-90), ct);
        await store.Surveys.UpsertContactsAsync([new SurveyContact(SurveySubjectKind.Inquiry, "I-2", "b@example.org")], Now, ct);
        await store.Surveys.CommitPlanAsync([Planned("S1", "I-1", "a@example.org", Now.AddDays(-90))], Now.AddDays(-90), ct);

        var purged = await new SqlContactRetention(store.Records).PurgeContactsAsync(Now.AddDays(-60), ct);

        Assert.Equal(1, purged);
        Assert.Equal(["I-2"], (await store.Surveys.ReadContactsAsync(ct)).Values.Select(c => c.SubjectId));
        Assert.True((await store.Surveys.ReadHistoryAsync(ct)).LastInvitedAt.ContainsKey(ContactKeys.For("a@example.org")));
    }
}
