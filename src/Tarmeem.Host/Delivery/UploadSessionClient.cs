using System.Globalization;
using System.Net.Http.Headers;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Sends a file to an upload session's URL in fragments with <c>Content-Range</c>, one after the other. The URL is
/// pre-authenticated: this client sends no bearer token (sending one to it is refused by SharePoint and Outlook).
/// </summary>
internal sealed class UploadSessionClient(HttpClient http)
{
    /// <summary>Uploads <paramref name="content"/> in fragments of <paramref name="chunkBytes"/>; returns the final answer's body.</summary>
    public async Task<string> UploadAsync(Uri uploadUrl, Stream content, int chunkBytes, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        ArgumentNullException.ThrowIfNull(content);
        if (chunkBytes <= 0 || chunkBytes % DeliveryOptions.UploadUnit != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(chunkBytes), chunkBytes, "Fragments must be a positive multiple of 320 KiB.");
        }

        var total = content.Length;
        var buffer = new byte[chunkBytes];
        long start = 0;
        var body = string.Empty;
        while (start < total)
        {
            var length = (int)Math.Min(chunkBytes, total - start);
            await content.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken);
            using var fragment = new ByteArrayContent(buffer, 0, length);
            fragment.Headers.ContentRange = new ContentRangeHeaderValue(start, start + length - 1, total);
            fragment.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await http.PutAsync(uploadUrl, fragment, cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new DeliveryFailedException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Uploading {what}: the fragment at bytes {start}-{start + length - 1} of {total} was refused with {(int)response.StatusCode}: {Shorten(body)}"));
            }

            start += length;
        }

        return body;
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + " …";
}
