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
        var length = end - start + 1;
        if (length != request.Body.Length || end >= total)
        {
            return GraphErrors.Create(400, "invalidRequest", "The Content-Range header does not match the number of bytes sent.", request, now);
        }

        if (expectedTotal is { } announced && total != announced)
        {
            return GraphErrors.Create(
                400,
                "invalidRequest",
                string.Create(CultureInfo.InvariantCulture, $"The Content-Range total {total} differs from the size {announced} given when the upload session was created."),
                request,
                now);
        }

        if (start != Next)
        {
            return GraphErrors.Create(
                416,
                "invalidRange",
                string.Create(CultureInfo.InvariantCulture, $"The fragment starts at byte {start}; the next expected byte is {Next}."),
                request,
                now);
        }

        var last = end + 1 == total;
        if (!last && length % Unit != 0)
        {
            return GraphErrors.Create(
                416,
                "invalidRange",
                string.Create(CultureInfo.InvariantCulture, $"Fragment of {length} bytes: fragments must be multiples of 320 KiB ({Unit} bytes) except the last."),
                request,
                now);
        }

        request.Body.Span.CopyTo(_received.GetSpan(request.Body.Length));
        _received.Advance(request.Body.Length);
        complete = last;
        return null;
    }

    [GeneratedRegex(@"^bytes (?<start>\d+)-(?<end>\d+)/(?<total>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentRange();
}
