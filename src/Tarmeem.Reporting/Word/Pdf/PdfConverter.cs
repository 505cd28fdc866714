using System.Diagnostics;
using Tarmeem.Reporting.Word.Filling;

namespace Tarmeem.Reporting.Word.Pdf;

/// <summary>
/// Converts .docx/.xlsx files to PDF with a local LibreOffice (<c>soffice --headless --convert-to pdf</c>),
/// tagged and PDF/UA, so a screen reader gets the structure and the Arabic language. Each conversion runs in
/// its own throw-away LibreOffice profile, so conversions may run side by side and never touch a user's own
/// LibreOffice settings. Starts a local process only; nothing goes over a network.
/// </summary>
public sealed class PdfConverter
{
    /// <summary>What to install when LibreOffice is missing (Debian package names).</summary>
    public const string InstallHint =
        "Install it with: apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui "
        + "(plus fonts-noto-core fonts-hosny-amiri for Arabic), or set the LibreOffice path (PdfConverterOptions.SofficePath).";

    private readonly PdfConverterOptions options;

    public PdfConverter(PdfConverterOptions? options = null)
    {
        this.options = options ?? new PdfConverterOptions();
    }

    /// <summary>Converts <paramref name="inputPath"/> into <paramref name="outputDirectory"/> and returns the PDF's path.</summary>
    /// <exception cref="PdfConversionException">LibreOffice is not installed, failed, or took longer than the timeout.</exception>
    public async Task<string> ConvertAsync(string inputPath, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        if (!File.Exists(inputPath))
        {
            throw new FileNotFoundException($"Cannot convert '{inputPath}' to PDF: the file does not exist.", inputPath);
        }

        var soffice = FindSoffice(options.SofficePath)
            ?? throw new PdfConversionException($"Cannot convert '{inputPath}' to PDF: LibreOffice (soffice) is not installed on this machine. {InstallHint}");
        Directory.CreateDirectory(outputDirectory);
        var profile = Path.Combine(Path.GetTempPath(), $"tarmeem-soffice-{Guid.NewGuid():N}");
        try
        {
            PdfProfile.Prepare(profile, inputPath, options.Digits);
            await RunAsync(soffice, profile, Path.GetFullPath(inputPath), Path.GetFullPath(outputDirectory), cancellationToken);
        }
        finally
        {
            TryDelete(profile);
        }

        var pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(inputPath) + ".pdf");
        if (!File.Exists(pdf))
        {
            throw new PdfConversionException($"LibreOffice ({soffice}) finished without writing '{pdf}'. Open '{inputPath}' in LibreOffice to see whether it can read the file.");
        }

        PdfLanguage.Declare(pdf, DocumentLanguage.Tag);
        return pdf;
    }

    /// <summary>The LibreOffice executable: the configured path, else soffice/libreoffice on the PATH or in the usual folders.</summary>
    public static string? FindSoffice(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(
            [
                "/usr/lib/libreoffice/program",
                "/opt/libreoffice/program",
                "/Applications/LibreOffice.app/Contents/MacOS",
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "LibreOffice", "program"),
            ]);
        return folders.SelectMany(folder => names.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    private async Task RunAsync(string soffice, string profile, string input, string outputDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in new[]
        {
            $"-env:UserInstallation={new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri}",
            "--headless", "--norestore", "--nolockcheck", "--convert-to", PdfProfile.ConvertTo(input), "--outdir", outputDirectory, input,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new PdfConversionException($"LibreOffice ({soffice}) could not be started. {InstallHint}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfConversionException(
                $"LibreOffice did not convert '{input}' within {options.Timeout.TotalSeconds:0} s and was stopped. Try again, or raise the timeout if the document is very large.");
        }

        await Task.WhenAll(output, errors);
        if (process.ExitCode != 0)
        {
            throw new PdfConversionException(
                $"LibreOffice ({soffice}) failed to convert '{input}' (exit code {process.ExitCode}): {(await errors).Trim()} {(await output).Trim()}");
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A profile left behind in the temp folder is harmless; the PDF matters.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: never fail a finished conversion over clean-up.
        }
    }
}
