using Tarmeem.Core.Domain;
using Tarmeem.Host.Alerts;
using Tarmeem.Host.Tests.Delivery;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Tests.Alerts;

public sealed class MorningAlertServiceTests
{
    [Fact]
    public async Task ComposeAsync_StoreWithFixedDates_TextAsExpected()
    {
        await using var h = await AlertHarness.StartAsync();
        var composed = await h.Composition().ComposeAsync(
            AlertHarness.ThursdayMorning, AlertBranches.From(h.Alerts), sample: false, CancellationToken.None);

        var text = string.Join("\n----\n", composed.Select(c => c.Alert.IsEmpty ? $"{c.Alert.Branch}: nothing to say\n" : MorningAlertComposer.ToText(c.Mail)));

        Assert.Equal(Expected, text);
    }

    [Fact]
    public async Task RunAsync_BusinessMorning_OneRightToLeftMailPerBranchWithSomethingToSay()
    {
        await using var h = await AlertHarness.StartAsync();

        var result = await h.Service().RunAsync(CancellationToken.None);

        Assert.Equal(JobOutcome.Succeeded, result.Outcome);
        Assert.Equal(2, h.Server.Mail.Sent.Count);
        var jeddah = Assert.Single(h.Server.Mail.Sent, m => m.Recipients.SequenceEqual(["relations-jeddah@tarmeem.example"]));
        var makkah = Assert.Single(h.Server.Mail.Sent, m => m.Recipients.Count == 2);
        Assert.DoesNotContain(h.Server.Mail.Sent, m => m.Recipients.Contains("relations-taif@tarmeem.example"));
        Assert.Equal("تنبيه الصباح — جدة — 3 ديسمبر 2026", jeddah.Subject);
        Assert.Contains("<html dir=\"rtl\" lang=\"ar\">", jeddah.BodyContent, StringComparison.Ordinal);
        Assert.Contains("DispForm.aspx?ID=17", jeddah.BodyContent, StringComparison.Ordinal);
        Assert.DoesNotContain("conv-a", makkah.BodyContent, StringComparison.Ordinal);
        Assert.Contains("sent to 2 branches, 1 had nothing to say", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 12, 4)]
    [InlineData(2026, 12, 5)]
    [InlineData(2026, 12, 6)]
    public async Task RunAsync_WeekendOrConfiguredHoliday_SendsNothing(int year, int month, int day)
    {
        await using var h = await AlertHarness.StartAsync();
        h.Clock.SetUtcNow(AlertHarness.Riyadh(year, month, day, 8));

        var result = await h.Service().RunAsync(CancellationToken.None);

        Assert.Equal(JobOutcome.Skipped, result.Outcome);
        Assert.Contains("not a business day", result.Message, StringComparison.Ordinal);
        Assert.Empty(h.Server.Mail.Sent);
    }

    [Fact]
    public async Task RunAsync_AgainAfterRestartSameDay_SendsNothingTwice_NextBusinessDaySendsAgain()
    {
        await using var h = await AlertHarness.StartAsync();
        await h.Service().RunAsync(CancellationToken.None);
        Assert.Equal(2, h.Server.Mail.Sent.Count);

        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var again = await h.Service().RunAsync(CancellationToken.None);

        Assert.Equal(JobOutcome.Skipped, again.Outcome);
        Assert.Contains("2 already sent today", again.Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Server.Mail.Sent.Count);

        h.Clock.SetUtcNow(AlertHarness.Riyadh(2026, 12, 7, 8));
        await h.Service().RunAsync(CancellationToken.None);
        Assert.Equal(4, h.Server.Mail.Sent.Count);
    }

    [Fact]
    public async Task RunAsync_KilledRightAfterFirstMail_RestartFindsItByTagAndSendsOnlyTheRest()
    {
        await using var h = await AlertHarness.StartAsync();
        var killed = (KilledAfterSend?)null;
        using var run = new CancellationTokenSource();
        var first = h.Service(m => killed = new KilledAfterSend(m) { Run = run });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunAsync(run.Token));
        Assert.Single(h.Server.Mail.Sent);

        var again = await h.Service().RunAsync(CancellationToken.None);

        Assert.Equal(2, h.Server.Mail.Sent.Count);
        Assert.Equal(2, h.Server.Mail.Sent.Select(m => string.Join(",", m.Recipients)).Distinct().Count());
        Assert.Contains("sent to 2 branches", again.Message, StringComparison.Ordinal);
        Assert.Null(killed!.Run);
    }

    [Fact]
    public async Task RunAsync_NothingToSayAnywhere_SendsNothing()
    {
        await using var h = await AlertHarness.StartAsync();
        h.Alerts.Recipients.Clear();
        h.Alerts.Recipients["Taif"] = ["relations-taif@tarmeem.example"];

        var result = await h.Service().RunAsync(CancellationToken.None);

        Assert.Equal(JobOutcome.Skipped, result.Outcome);
        Assert.Empty(h.Server.Mail.Sent);
    }

    [Fact]
    public async Task RunAsync_Disabled_SendsNothing()
    {
        await using var h = await AlertHarness.StartAsync();
        h.Alerts.Enabled = false;

        var result = await h.Service().RunAsync(CancellationToken.None);

        Assert.Equal(JobOutcome.Skipped, result.Outcome);
        Assert.Empty(h.Server.Mail.Sent);
    }

    [Fact]
    public void Build_CaseDecidedOvernight_CountedYesterdayNotToday()
    {
        var builder = new MorningAlertBuilder(Core.Time.BusinessCalendar.Default, 10, 14, TimeSpan.FromDays(1));
        var decided = new SupportCase
        {
            CaseNumber = "J-106", Channel = Channel.InPerson, Branch = Branch.Jeddah, Received = AlertHarness.Riyadh(2026, 11, 10, 9),
            DecisionAt = AlertHarness.Riyadh(2026, 12, 2, 20), Decision = CaseDecision.Accepted,
        };

        var alert = builder.Build(Branch.Jeddah, AlertHarness.ThursdayMorning, [decided], [], new Dictionary<string, Uri>());

        Assert.True(alert.IsEmpty);
        Assert.Equal(new AlertCounts(0, 1, 0), alert.Yesterday);
    }

    /// <summary>Makkah, Jeddah, Taif in branch order; Jeddah's cases by the step they wait on, oldest first; links only where sync knew the item.</summary>
    private const string Expected = """
        تنبيه الصباح — مكة المكرمة — 3 ديسمبر 2026

        تنبيه الصباح لفرع مكة المكرمة — 3 ديسمبر 2026
        التغيّر منذ يوم العمل السابق:
        • حالات تجاوزت المعيار: 0 (يوم العمل السابق 0)
        • حالات تقترب من المعيار: 1 (يوم العمل السابق 1)
        • استفسارات بريد دون رد: 1 (يوم العمل السابق 0)
        حالات بلغت اليوم 10 أو أكثر من 14 يوماً
        بانتظار: مطابقة البيانات
        • M-201 — اليوم 13
        استفسارات البريد دون رد
        عدد الاستفسارات الواردة بالبريد التي لم يُرد عليها خلال 24 ساعة: 1
        هذه رسالة آلية من نظام جودة علاقات المستفيدين؛ لا تحتوي على أسماء أو بيانات شخصية.

        ----
        تنبيه الصباح — جدة — 3 ديسمبر 2026

        تنبيه الصباح لفرع جدة — 3 ديسمبر 2026
        التغيّر منذ يوم العمل السابق:
        • حالات تجاوزت المعيار: 2 (يوم العمل السابق 2)
        • حالات تقترب من المعيار: 2 (يوم العمل السابق 2)
        • استفسارات بريد دون رد: 0 (يوم العمل السابق 0)
        حالات تجاوزت معيار القرار (14 يوماً)
        بانتظار: مطابقة البيانات
        • J-102 (https://contoso.sharepoint.com/sites/Relations/Lists/Cases/DispForm.aspx?ID=18) — اليوم 15
        بانتظار: رفع الطلب للجنة البحث
        • J-101 (https://contoso.sharepoint.com/sites/Relations/Lists/Cases/DispForm.aspx?ID=17) — اليوم 18
        حالات بلغت اليوم 10 أو أكثر من 14 يوماً
        بانتظار: مطابقة البيانات
        • J-104 — اليوم 11
        بانتظار: القرار (قبول / رفض)
        • J-103 — اليوم 10
        هذه رسالة آلية من نظام جودة علاقات المستفيدين؛ لا تحتوي على أسماء أو بيانات شخصية.

        ----
        Taif: nothing to say

        """;
}
