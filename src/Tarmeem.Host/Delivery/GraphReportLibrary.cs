using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using DriveSessionBody = Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession.CreateUploadSessionPostRequestBody;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Files reports in a SharePoint document library through Graph: one PUT for a small file, an upload session in
/// fragments of multiples of 320 KiB for a large one; a PDF is asked of the service (<c>content?format=pdf</c>, which
/// answers 302 to the converted file; the SDK follows it).
/// </summary>
public sealed class GraphReportLibrary(
    GraphServiceClient client, UploadSessionClient uploads, IOptions<DeliveryOptions> options, ILogger<GraphReportLibrary> logger) : IReportLibrary
{
    public async Task<LibraryItem> UploadAsync(string folder, string localFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var settings = options.Value;
        var path = $"{folder.Trim('/')}/{Path.GetFileName(localFile)}".TrimStart('/');
        var item = client.Drives[settings.DriveId].Items[$"root:/{path}:"];
        var length = new FileInfo(localFile).Length;
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

    public async Task DownloadPdfAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var settings = options.Value;
        await using var pdf = await GraphCall.RunAsync($"Converting {item.Path} to PDF in Microsoft 365", () => client.Drives[settings.DriveId].Items[item.Id].Content
            .GetAsync(c => c.QueryParameters.Format = "pdf", cancellationToken))
            ?? throw new DeliveryFailedException($"Converting {item.Path} to PDF in Microsoft 365: no content came back.");
        var partial = targetFile + ".partial";
        try
        {
            await using (var file = File.Create(partial))
            {
                await pdf.CopyToAsync(file, cancellationToken);
            }

            File.Move(partial, targetFile, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
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
