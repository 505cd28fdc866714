using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using DriveSessionBody = Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession.CreateUploadSessionPostRequestBody;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Files reports in a SharePoint document library through Graph: one PUT for a small file, an upload session in
/// fragments of multiples of 320 KiB for a large one; a PDF is asked of the service (<c>content?format=pdf</c>, which
/// answers 302 to the converted file; the SDK follows it). A file already there with the same content is not uploaded
/// again, so a run finishing an interrupted delivery (or a re-run) leaves the library as one clean upload would.
/// </summary>
internal sealed class GraphReportLibrary(
    GraphServiceClient client, UploadSessionClient uploads, IOptions<DeliveryOptions> options, ILogger<GraphReportLibrary> logger) : IReportLibrary
{
    public async Task<LibraryItem> UploadAsync(string folder, string localFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var settings = options.Value;
        var path = $"{folder.Trim('/')}/{Path.GetFileName(localFile)}".TrimStart('/');
        var item = client.Drives[settings.DriveId].Items[$"root:/{path}:"];
        var length = new FileInfo(localFile).Length;
        if (await SameFileAsync(settings.DriveId, path, localFile, length, cancellationToken) is { } existing)
        {
            DeliveryLogMessages.AlreadyFiled(logger, path, length);
            return existing;
        }

        await using var stream = File.OpenRead(localFile);
        LibraryItem filed;
        if (length < settings.SimpleUploadLimitBytes)
        {
            var stored = await GraphCall.RunAsync($"Filing {path} in the document library", () => item.Content.PutAsync(stream, cancellationToken: cancellationToken));
            filed = new LibraryItem(stored?.Id ?? throw NoId(path), path, stored.WebUrl);
        }
        else
        {
            var session = await GraphCall.RunAsync($"Opening an upload session for {path}", () => item.CreateUploadSession.PostAsync(
                new DriveSessionBody { Item = new DriveItemUploadableProperties { AdditionalData = { ["@microsoft.graph.conflictBehavior"] = "replace" } } },
                cancellationToken: cancellationToken));
            var url = session?.UploadUrl ?? throw new DeliveryFailedException($"Opening an upload session for {path}: Microsoft 365 returned no upload URL.");
            var body = await uploads.UploadAsync(new Uri(url), stream, settings.UploadChunkBytes, path, cancellationToken);
            filed = Parse(body, path);
        }

        DeliveryLogMessages.Filed(logger, path, length);
        return filed;
    }

    public Task DownloadPdfAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken) =>
        DownloadAsync(item, "pdf", targetFile, cancellationToken);

    public Task DownloadAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken) =>
        DownloadAsync(item, null, targetFile, cancellationToken);

    private async Task DownloadAsync(LibraryItem item, string? format, string targetFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var settings = options.Value;
        var what = format is null ? $"Downloading {item.Path} from the document library" : $"Converting {item.Path} to PDF in Microsoft 365";
        await using var content = await GraphCall.RunAsync(what, () => client.Drives[settings.DriveId].Items[item.Id].Content
            .GetAsync(c => c.QueryParameters.Format = format, cancellationToken))
            ?? throw new DeliveryFailedException($"{what}: no content came back.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        var partial = targetFile + ".partial";
        try
        {
            await using (var file = File.Create(partial))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(partial, targetFile, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// The item at <paramref name="path"/> when it holds exactly the local file's bytes, else null. SharePoint reports
    /// only a quickXorHash, so equal sizes are settled by reading the copy back and comparing SHA-256: it happens only
    /// when a delivery is re-run.
    /// </summary>
    private async Task<LibraryItem?> SameFileAsync(string driveId, string path, string localFile, long length, CancellationToken cancellationToken)
    {
        DriveItem? existing;
        try
        {
            existing = await client.Drives[driveId].Items[$"root:/{path}:"].GetAsync(
                rc => rc.QueryParameters.Select = ["id", "size", "webUrl"], cancellationToken);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }

        if (existing?.Id is not { } id || existing.Size != length)
        {
            return null;
        }

        byte[] local;
        await using (var file = File.OpenRead(localFile))
        {
            local = await SHA256.HashDataAsync(file, cancellationToken);
        }

        await using var remote = await GraphCall.RunAsync($"Reading back {path} from the document library", () => client.Drives[driveId].Items[id].Content.GetAsync(cancellationToken: cancellationToken));
        return remote is not null && (await SHA256.HashDataAsync(remote, cancellationToken)).AsSpan().SequenceEqual(local)
            ? new LibraryItem(id, path, existing.WebUrl, AlreadyThere: true)
            : null;
    }

    private static LibraryItem Parse(string body, string path)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return new LibraryItem(
            root.TryGetProperty("id", out var id) ? id.GetString() ?? throw NoId(path) : throw NoId(path),
            path,
            root.TryGetProperty("webUrl", out var web) ? web.GetString() : null);
    }

    private static DeliveryFailedException NoId(string path) =>
        new($"Filing {path} in the document library: Microsoft 365 returned no item id.");
}
