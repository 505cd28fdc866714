using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Tests.Logging;

/// <summary>An event id names one kind of log line across the whole service, so operators can filter and alert on it.</summary>
public sealed class LogEventIdTests
{
    private static readonly Assembly[] Shipped =
    [
        typeof(Tarmeem.Core.Time.ReportPeriod).Assembly,
        typeof(Tarmeem.Reporting.Metrics.CommentScrubber).Assembly,
        typeof(Tarmeem.Surveys.SurveyOptions).Assembly,
        typeof(Tarmeem.Host.Cli.CommandRunner).Assembly,
    ];

    [Fact]
    public void LoggerMessages_AcrossTheSolution_EachEventIdUsedOnce()
    {
        var messages = Shipped
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.FullName}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        Assert.True(messages.Count >= 15, $"found only {messages.Count} [LoggerMessage] methods: is an assembly missing from the list?");
        Assert.All(messages, m => Assert.True(m.Attribute!.EventId > 0, $"{m.Method} has no EventId"));
        var shared = messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}").ToList();
        Assert.True(shared.Count == 0, "event ids used more than once: " + string.Join("; ", shared));
    }
}
