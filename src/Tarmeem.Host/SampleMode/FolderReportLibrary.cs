using System.Diagnostics;
using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.SampleMode;

/// <summary>
/// The document library of <c>serve --sample</c>: a local folder. A filed item's id is its path below the folder, and
/// its PDF (which Microsoft 365 converts in production) is made by LibreOffice when it is installed.
/// </summary>
internal sealed class FolderReportLibrary(string root) : IReportLibrary
{
    public async Task<LibraryItem> UploadAsync(string folder, string localFile, CancellationToken cancellationToken)
    {
        var relative = Path.Combine(folder, Path.GetFileName(localFile)).Replace('\\', '/');
        var target = Full(relative);
        var same = File.Exists(target) && Same(await File.ReadAllBytesAsync(target, cancellationToken), await File.ReadAllBytesAsync(localFile, cancellationToken));
        if (!same)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(localFile, target, overwrite: true);
        }

        return new LibraryItem(relative, relative, new Uri(target).AbsoluteUri, same);
    }

    public Task DownloadAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        File.Copy(Full(item.Id), targetFile, overwrite: true);
        return Task.CompletedTask;
    }

    public async Task DownloadPdfAsync(LibraryItem item, string targetFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var output = Path.Combine(Path.GetTempPath(), "tarmeem-sample-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);
        try
        {
            var start = new ProcessStartInfo("soffice") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["--headless", "--convert-to", "pdf", "--outdir", output, Full(item.Id)])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new DeliveryFailedException(NoConverter);
            await process.WaitForExitAsync(cancellationToken);
            var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(item.Id) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new DeliveryFailedException($"LibreOffice could not convert {item.Path} to PDF (exit code {process.ExitCode}).");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
            File.Copy(pdf, targetFile, overwrite: true);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new DeliveryFailedException(NoConverter);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private const string NoConverter =
        "serve --sample makes PDFs with LibreOffice, which is not installed (soffice not found): install it, or set Tarmeem:Delivery:ConvertToPdf to false.";

    private static bool Same(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);

    private string Full(string relative) => Path.GetFullPath(Path.Combine(root, relative));
}
