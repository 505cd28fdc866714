using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.Uploads;

/// <summary>
/// The bytes of a resumable upload (a drive item or an Outlook attachment) as its fragments arrive: in order, with
/// <c>Content-Range</c>, each a multiple of 320 KiB but the last. Callers hold <see cref="Gate"/> around every use.
/// </summary>
internal sealed partial class FragmentBuffer(DateTimeOffset expires)
{
    /// <summary>Upload-session fragments must be multiples of 320 KiB, except the last.</summary>
    public const int Unit = 320 * 1024;

    private readonly ArrayBufferWriter<byte> _received = new();

    public DateTimeOffset Expires { get; } = expires;

    public Lock Gate { get; } = new();

    /// <summary>The next byte expected, i.e. how many have been received.</summary>
    public long Next => _received.WrittenCount;

    public ReadOnlyMemory<byte> Content => _received.WrittenMemory;

    /// <summary>
    /// Checks one PUT and, when it is acceptable, keeps its bytes. Returns the refusal to send, or null when the
    /// fragment was kept; <paramref name="complete"/> then says whether it was the last one.
    /// </summary>
    /// <param name="request">The PUT.</param>
    /// <param name="expectedTotal">The file size announced when the session was opened, when the service checks it.</param>
    /// <param name="now">For the error's inner date.</param>
    /// <param name="complete">True once the last byte has arrived.</param>
    public GraphResponse? Append(GraphRequest request, long? expectedTotal, DateTimeOffset now, out bool complete)
    {
        ArgumentNullException.ThrowIfNull(request);
        complete = false;
        var match = ContentRange().Match(request.Header("Content-Range") ?? string.Empty);
        if (!match.Success)
        {
            return GraphErrors.Create(400, "invalidRequest", "A Content-Range header like 'bytes 0-327679/1000000' is required.", request, now);
        }

        var start = long.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = long.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture);
        var total = long.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture);
        if (Problem(start, end, total, request.Body.Length, expectedTotal) is { } problem)
        {
            return GraphErrors.Create(problem.Status, problem.Status == 416 ? "invalidRange" : "invalidRequest", problem.Message, request, now);
        }

        request.Body.Span.CopyTo(_received.GetSpan(request.Body.Length));
        _received.Advance(request.Body.Length);
        complete = end + 1 == total;
        return null;
    }

    /// <summary>Why a fragment is refused (status and message), or null when it is acceptable.</summary>
    private (int Status, string Message)? Problem(long start, long end, long total, int bodyLength, long? expectedTotal)
    {
        var length = end - start + 1;
        if (length != bodyLength || end >= total)
        {
            return (400, "The Content-Range header does not match the number of bytes sent.");
        }

        if (expectedTotal is { } announced && total != announced)
        {
            return (400, Invariant($"The Content-Range total {total} differs from the size {announced} given when the upload session was created."));
        }

        if (start != Next)
        {
            return (416, Invariant($"The fragment starts at byte {start}; the next expected byte is {Next}."));
        }

        var last = end + 1 == total;
        return !last && length % Unit != 0
            ? (416, Invariant($"Fragment of {length} bytes: fragments must be multiples of 320 KiB ({Unit} bytes) except the last."))
            : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^bytes (?<start>\d+)-(?<end>\d+)/(?<total>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentRange();
}
