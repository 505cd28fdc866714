using MimeKit;

namespace Tarmeem.Host.SampleMode;

/// <summary>
/// A folder of <c>.eml</c> files standing in for a mailbox in <c>serve --sample</c>: each message carries its tag in a
/// header, so "was it sent?" is answered from the files, as Graph answers it from Sent Items.
/// </summary>
internal sealed class EmlFolder(string directory)
{
    public const string TagHeader = "X-Tarmeem-Tag";

    public string Directory { get; } = directory;

    public async Task<string> WriteAsync(MimeMessage message, string name, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".eml");
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        // Whole or absent: a process killed while writing leaves a .partial nobody reads.
        File.Move(partial, path, overwrite: true);
        return path;
    }

    /// <summary>The messages in the folder carrying this tag: their files and headers (bodies, with reports attached, are not read).</summary>
    public async Task<IReadOnlyList<(string Path, HeaderList Headers)>> FindAsync(string tag, CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var found = new List<(string, HeaderList)>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.eml"))
        {
            await using var stream = File.OpenRead(file);
            var headers = await HeaderList.LoadAsync(stream, cancellationToken);
            if (headers[TagHeader] == tag)
            {
                found.Add((file, headers));
            }
        }

        return found;
    }

    /// <summary>A file name that sorts by time and never collides.</summary>
    public static string NameFor(TimeProvider time, string kind) =>
        $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{new string([.. kind.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')])}-{Guid.NewGuid().ToString("N")[..8]}";
}
