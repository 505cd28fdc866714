namespace Tarmeem.Surveys.Outbox;

/// <summary>
/// Spaces messages: never more than <see cref="SurveyOptions.MaxPerMinute"/>, and the daily cap spread over the
/// sending window rather than sent in one burst. A gap under a millisecond is not waited.
/// </summary>
public sealed class SendPacer(TimeSpan interval, TimeProvider time)
{
    private DateTimeOffset? _last;

    public TimeSpan Interval { get; } = interval;

    public static TimeSpan IntervalFor(SurveyOptions options, TimeSpan windowLength)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = TimeSpan.FromMinutes(1) / Math.Max(1, options.MaxPerMinute);
        var spread = windowLength / Math.Max(1, options.DailyCap);
        return perMinute > spread ? perMinute : spread;
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (_last is { } last)
        {
            var wait = last + Interval - time.GetUtcNow();
            if (wait >= TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }

        _last = time.GetUtcNow();
    }
}
