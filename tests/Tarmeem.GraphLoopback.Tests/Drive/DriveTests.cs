using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Tarmeem.GraphLoopback.Tests.Support;

namespace Tarmeem.GraphLoopback.Tests.Drive;

public sealed class DriveTests
{
    private const int Unit = 320 * 1024;

    [Fact]
    public async Task SimpleUpload_PutContentAtPath_StoresTheBytes()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var drive = server.Drive.AddDrive();
        using var client = LoopbackGraph.Client(server);
        var bytes = Encoding.UTF8.GetBytes("تقرير أسبوعي");

        using var content = new MemoryStream(bytes);
        var item = await client.Drives[drive].Items["root:/Reports/2025/week-01.docx:"].Content.PutAsync(content, cancellationToken: ct);

        Assert.Equal("week-01.docx", item!.Name);
        Assert.Equal(bytes, server.Drive.ReadFile(drive, "Reports/2025/week-01.docx"));
        var entry = Assert.Single(server.Log.Entries);
        Assert.Equal(201, entry.Status);
        Assert.EndsWith("/items/root%3A%2FReports%2F2025%2Fweek-01.docx%3A/content", entry.Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadSession_LargeFileUploadTaskWithSlicesOf320KiB_AssemblesTheFile()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var drive = server.Drive.AddDrive();
        using var client = LoopbackGraph.Client(server);
        var bytes = Enumerable.Range(0, (3 * Unit) + 1000).Select(i => (byte)(i % 251)).ToArray();

        var session = await client.Drives[drive].Items["root:/Reports/big.xlsx:"].CreateUploadSession
            .PostAsync(new CreateUploadSessionPostRequestBody { Item = new DriveItemUploadableProperties() }, cancellationToken: ct);
        using var content = new MemoryStream(bytes);
        var task = new LargeFileUploadTask<DriveItem>(session, content, Unit, client.RequestAdapter);
        var result = await task.UploadAsync(cancellationToken: ct);

        Assert.True(result.UploadSucceeded);
        Assert.Equal("big.xlsx", result.ItemResponse.Name);
        Assert.Equal(bytes, server.Drive.ReadFile(drive, "Reports/big.xlsx"));
        Assert.Equal([202, 202, 202, 201], server.Log.Entries.Where(e => e.Path.StartsWith("/upload/", StringComparison.Ordinal)).Select(e => e.Status));
        Assert.StartsWith(server.Origin + "/upload/", session!.UploadUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadSession_FragmentNotMultipleOf320KiB_Gives416WithGraphError()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var drive = server.Drive.AddDrive();
        using var client = LoopbackGraph.Client(server);
        var session = await client.Drives[drive].Items["root:/a.bin:"].CreateUploadSession
            .PostAsync(new CreateUploadSessionPostRequestBody(), cancellationToken: ct);
        using var http = new HttpClient();
        using var fragment = new ByteArrayContent(new byte[1000]);
        fragment.Headers.Add("Content-Range", "bytes 0-999/5000");

        using var response = await http.PutAsync(session!.UploadUrl, fragment, ct);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal("invalidRange", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Null(server.Drive.ReadFile(drive, "a.bin"));
    }

    [Fact]
    public async Task Content_FormatPdf_RedirectsAndSdkFollowsToTheConvertedFile()
    {
        var ct = LoopbackGraph.Timeout();
        await using var server = await GraphLoopbackServer.StartAsync(ct);
        var drive = server.Drive.AddDrive();
        var id = server.Drive.PutFile(drive, "Reports/week-01.docx", new byte[] { 1, 2, 3 });
        using var client = LoopbackGraph.Client(server);

        await using var pdf = await client.Drives[drive].Items[id].Content.GetAsync(c => c.QueryParameters.Format = "pdf", ct);
        using var reader = new StreamReader(pdf!);
        var text = await reader.ReadToEndAsync(ct);

        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("week-01.docx", text, StringComparison.Ordinal);
        Assert.Equal([302, 200], server.Log.Entries.Select(e => e.Status));
        Assert.EndsWith("/content?$format=pdf", server.Log.Entries[0].Target, StringComparison.Ordinal);
    }
}
