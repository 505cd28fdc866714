using Tarmeem.Surveys.Tests.Support;

namespace Tarmeem.Surveys.Tests.Planning;

public sealed class SurveyOptionsValidatorTests
{
    private static IEnumerable<string> Failures(SurveyOptions options) =>
        new SurveyOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.Empty(Failures(new SurveyOptions()));
        Assert.Empty(Failures(Riyadh.Options()));
    }

    [Fact]
    public void Validate_DefaultsAreThePolicysPractice()
    {
        var options = new SurveyOptions();

        Assert.Equal(
            (TimeSpan.FromHours(24), new TimeOnly(9, 0), new TimeOnly(20, 0), TimeSpan.FromDays(30), TimeSpan.FromDays(3), TimeSpan.FromDays(14), 30),
            (options.DelayAfterEvent, options.WindowStart, options.WindowEnd, options.PerContactInterval, options.ReminderAfter, options.InvitationLifetime, options.MaxPerMinute));
        Assert.Equal("Sunday,Monday,Tuesday,Wednesday,Thursday", options.SendDays);
    }

    [Fact]
    public void Validate_BadValues_EachNamedWithItsKey()
    {
        var failures = Failures(new SurveyOptions
        {
            DelayAfterEvent = TimeSpan.Zero,
            SendDays = "Sunday,Funday",
            MaxPerMinute = 31,
            DailyCap = 0,
            ReminderAfter = TimeSpan.FromDays(20),
            PublicBaseUrl = "http://survey.example.org",
            BounceLimit = 0,
        }).ToList();

        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Surveys:DelayAfterEvent", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Surveys:SendDays is 'Sunday,Funday': 'Funday'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Surveys:MaxPerMinute is 31", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Surveys:DailyCap is 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Surveys:ReminderAfter", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Surveys:PublicBaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Surveys:BounceLimit", StringComparison.Ordinal));
        Assert.Equal(7, failures.Count);
    }
}
