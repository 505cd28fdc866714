using System.Text.Json;

namespace Tarmeem.Host.Graph;

/// <summary>
/// Which requests may be sent again on an ambiguous failure. GET, PUT, DELETE and PATCH give the same result when
/// repeated. A POST creates or sends (a message, a draft's <c>/send</c>, <c>sendMail</c>, an upload session), so it is
/// repeated only where Graph says it did not process it; so is a <c>$batch</c> holding any POST.
/// </summary>
internal static class RetrySafety
{
    /// <summary>POST actions that change nothing when repeated: deleting what is already gone answers 404.</summary>
    private static readonly string[] RepeatablePostActions = ["permanentDelete", "microsoft.graph.permanentDelete"];

    /// <summary>Reads the body only of a <c>$batch</c> (buffered by then), to see whether it holds a POST.</summary>
    public static async Task<bool> IsRepeatableAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != HttpMethod.Post)
        {
            return true;
        }

        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        var last = path[(path.LastIndexOf('/') + 1)..];
        if (RepeatablePostActions.Contains(last, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return last.Equals("$batch", StringComparison.Ordinal)
            && request.Content is not null
            && !BatchHoldsPost(await request.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    /// <summary>
    /// Graph's answer to a request it did not process: 429 always, 503 when it says when to come back. A 504 or a
    /// 503 without Retry-After may come after the work was done.
    /// </summary>
    public static bool SaysNotProcessed(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == System.Net.HttpStatusCode.TooManyRequests
            || (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && response.Headers.NonValidated.Contains("Retry-After"));
    }

    private static bool BatchHoldsPost(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (!document.RootElement.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
            {
                return true;
            }

            return requests.EnumerateArray().Any(r =>
                !r.TryGetProperty("method", out var method) || method.ValueKind != JsonValueKind.String
                || string.Equals(method.GetString(), "POST", StringComparison.OrdinalIgnoreCase));
        }
        catch (JsonException)
        {
            // Unreadable: treated as the unsafe kind.
            return true;
        }
    }
}
