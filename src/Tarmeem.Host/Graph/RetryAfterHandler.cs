using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Graph;

/// <summary>
/// Retries throttled (429) and unavailable (503, 504) answers, in place of the SDK's retry handler, which does not
/// read a fractional <c>Retry-After</c> such as <c>2.128</c> (the form Graph's own documents show) and would send a
/// POST again after a 504. Waits what Retry-After says (seconds, fractional seconds, or an HTTP date), else backs off
/// exponentially from a base delay; never longer than the configured maximum. When the retries run out the last
/// answer goes up unchanged, so the caller sees Graph's status and error, not an exception from inside the pipeline.
/// A request that creates or sends (<see cref="RetrySafety"/>) is sent again only when Graph says it did not process
/// it; on a 504 or a lost connection the caller gets <see cref="GraphOutcomeUnknownException"/> and must find out.
/// </summary>
internal sealed class RetryAfterHandler(GraphOptions options, TimeProvider time, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            // A body can be read once; buffer it so that a retry sends it again.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        var repeatable = await RetrySafety.IsRepeatableAsync(request, cancellationToken);
        var path = request.RequestUri?.AbsolutePath ?? "";
        for (var attempt = 0; ; attempt++)
        {
            var response = await SendOnceAsync(request, repeatable, path, cancellationToken);
            if (!repeatable && response.StatusCode == HttpStatusCode.GatewayTimeout)
            {
                response.Dispose();
                GraphLog.OutcomeUnknown(logger, request.Method.Method, path, 504);
                throw new GraphOutcomeUnknownException($"Graph answered 504 to {request.Method} {path}; it may have been carried out and was not sent again.")
                {
                    Status = 504,
                };
            }

            if (!IsTransient(response.StatusCode) || attempt >= options.MaxRetries || (!repeatable && !RetrySafety.SaysNotProcessed(response)))
            {
                return response;
            }

            var delay = DelayFor(response, attempt);
            GraphLog.Retrying(logger, (int)response.StatusCode, path, attempt + 1, options.MaxRetries, delay.TotalSeconds);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, bool repeatable, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException error) when (!repeatable)
        {
            GraphLog.OutcomeUnknown(logger, request.Method.Method, path, 0);
            throw new GraphOutcomeUnknownException($"The connection to Graph was lost during {request.Method} {path}; it may have been carried out and was not sent again.", error);
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
