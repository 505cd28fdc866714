using System.Globalization;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Store.Sqlite;

/// <summary>
/// The job lock on one machine (SQLite): an exclusive lock file per name in <c>{data}/locks</c>. Opened without sharing,
/// which .NET turns into <c>flock(LOCK_EX)</c> on Linux and a share-mode lock on Windows; the system releases it when the
/// process ends, however it ends. The file itself is never deleted (a holder could lock an unlinked file beside a newer
/// one); who holds it is written beside it, in <c>{name}.holder</c>, read only when the lock is found held.
/// </summary>
public sealed class FileJobLock(string directory, string node, TimeProvider time) : IJobLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        FileStream stream;
        try
        {
            stream = new FileStream(Path.Combine(directory, name + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }

        var since = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var holder = HolderPath(name);
        File.WriteAllText(holder + ".tmp", node + "\n" + since);
        File.Move(holder + ".tmp", holder, overwrite: true);
        return Task.FromResult<IAsyncDisposable?>(stream);
    }

    public async Task<JobLockHolder?> HolderAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var lines = await File.ReadAllLinesAsync(HolderPath(name), cancellationToken);
            return lines.Length == 2 && long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var since)
                ? new JobLockHolder(lines[0], DateTimeOffset.FromUnixTimeMilliseconds(since))
                : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private string HolderPath(string name) => Path.Combine(directory, name + ".holder");
}
