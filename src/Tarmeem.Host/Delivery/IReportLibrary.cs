namespace Tarmeem.Host.Delivery;

/// <summary>Files reports in a document library; the Graph implementation is <see cref="GraphReportLibrary"/>.</summary>
internal interface IReportLibrary
{
    /// <summary>Stores (or replaces) a local file at <c>{folder}/{file name}</c> below the library's root.</summary>
    Task<LibraryItem> UploadAsync(string folder, string localFile, CancellationToken cancellationToken);

    /// <summary>Writes the current content of a filed item (as people may have edited it) to <paramref name="targetFile"/>.</summary>
    Task DownloadAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken);

    /// <summary>Writes a PDF of a filed item, converted by the service, to <paramref name="targetFile"/>.</summary>
    Task DownloadPdfAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken);
}
