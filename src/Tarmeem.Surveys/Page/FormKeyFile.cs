using System.Security.Cryptography;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// The secret behind <see cref="FormSeal"/>: 32 random bytes in <c>survey-page.key</c> in the data folder, created on
/// the first start readable by the service account alone (0600 on Unix; on Windows the data folder's ACL applies).
/// Written to a temporary file and moved into place, so two processes starting together end up with one key.
/// </summary>
public static class FormKeyFile
{
    public const string FileName = "survey-page.key";

    public static FormSeal LoadOrCreate(string dataDirectory) => new(ReadOrCreate(dataDirectory));

    /// <summary>The key's bytes, the file made first when missing.</summary>
    public static byte[] ReadOrCreate(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            Create(path);
        }

        var key = File.ReadAllBytes(path);
        return key.Length == FormSeal.KeyLength
            ? key
            : throw new InvalidOperationException(
                $"The survey page's key {path} holds {key.Length} bytes, not {FormSeal.KeyLength}: delete it and restart (open survey forms will then ask to be reopened).");
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var file = new FileStream(temporary, options))
            {
                file.Write(RandomNumberGenerator.GetBytes(FormSeal.KeyLength));
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
