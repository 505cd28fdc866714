using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Graph;

/// <summary>
/// Retries throttled (429) and unavailable (503, 504) answers, in place of the SDK's retry handler, which does not
/// read a fractional <c>Retry-After</c> such as <c>2.128</c> (the form Graph's own documents show). Waits what
/// Retry-After says (seconds, fractional seconds, or an HTTP date), else backs off exponentially from a base delay;
/// never longer than the configured maximum. When the retries run out the last answer goes up unchanged, so the
/// caller sees Graph's status and error, not an exception from inside the pipeline.
/// </summary>
public sealed class RetryAfterHandler(GraphOptions options, TimeProvider time, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            // A body can be read once; buffer it so that a retry sends it again.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!IsTransient(response.StatusCode) || attempt >= options.MaxRetries)
            {
                return response;
            }

            var delay = DelayFor(response, attempt);
            GraphLog.Retrying(logger, (int)response.StatusCode, request.RequestUri?.AbsolutePath ?? "", attempt + 1, options.MaxRetries, delay.TotalSeconds);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait before the next try: Retry-After when it can be read, else base × 2^attempt; capped.</summary>
    public TimeSpan DelayFor(HttpResponseMessage response, int attempt)
    {
        ArgumentNullException.ThrowIfNull(response);
        var delay = ReadRetryAfter(response, time.GetUtcNow())
            ?? options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }

    public static TimeSpan? ReadRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        // NonValidated: the typed header drops "2.128", which is no integer.
        if (!response.Headers.NonValidated.TryGetValues("Retry-After", out var values))
        {
            return null;
        }

        var text = values.FirstOrDefault()?.Trim();
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - now
            : null;
    }
}
