using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Tests.Scheduling;

/// <summary>No document library is configured in these tests: any call is a mistake.</summary>
internal sealed class UnusedLibrary : IReportLibrary
{
    public Task<LibraryItem> UploadAsync(string folder, string localFile, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No library is configured in this test.");

    public Task DownloadAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No library is configured in this test.");

    public Task DownloadPdfAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No library is configured in this test.");
}
