using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Tarmeem.GraphLoopback.Drive;

/// <summary>Drives (document libraries) and their files, and open upload sessions. Thread-safe.</summary>
public sealed class DriveStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, DriveItemState>> _drives = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UploadSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DriveItemState Item, bool Pdf)> _downloads = new(StringComparer.Ordinal);

    /// <summary>Adds an empty drive; returns its id (a <c>b!…</c> id unless one is given).</summary>
    public string AddDrive(string? driveId = null)
    {
        var id = driveId ?? "b!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('/', '_').Replace('+', '-').TrimEnd('=');
        if (!_drives.TryAdd(id, new ConcurrentDictionary<string, DriveItemState>(StringComparer.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"Drive '{id}' was already added.");
        }

        return id;
    }

    /// <summary>Stores or replaces a file at a path below the root; returns the item id.</summary>
    public string PutFile(string driveId, string path, ReadOnlyMemory<byte> content) => Put(driveId, path, content).Item.Id;

    /// <summary>The bytes at a path, or null.</summary>
    public byte[]? ReadFile(string driveId, string path) =>
        Files(driveId).TryGetValue(Normalize(path), out var item) ? item.Content.ToArray() : null;

    /// <summary>Every file of a drive.</summary>
    public IReadOnlyList<DriveItemState> Items(string driveId) => Files(driveId).Values.OrderBy(i => i.Path, StringComparer.Ordinal).ToList();

    internal bool HasDrive(string driveId) => _drives.ContainsKey(driveId);

    internal DriveItemState? FindByPath(string driveId, string path) =>
        _drives.TryGetValue(driveId, out var files) && files.TryGetValue(Normalize(path), out var item) ? item : null;

    internal DriveItemState? FindById(string driveId, string id) =>
        _drives.TryGetValue(driveId, out var files) ? files.Values.FirstOrDefault(i => i.Id == id) : null;

    internal (DriveItemState Item, bool Created) Put(string driveId, string path, ReadOnlyMemory<byte> content)
    {
        var files = Files(driveId);
        var key = Normalize(path);
        var now = time.GetUtcNow();
        var created = false;
        var item = files.AddOrUpdate(
            key,
            _ =>
            {
                created = true;
                return new DriveItemState("01" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), key, content.ToArray(), now, now);
            },
            (_, old) => old with { Content = content.ToArray(), Modified = now });
        return (item, created);
    }

    internal string OpenSession(string driveId, string path)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _sessions[id] = new UploadSession(driveId, Normalize(path), time.GetUtcNow().AddDays(1));
        return id;
    }

    internal UploadSession? FindSession(string id) => _sessions.GetValueOrDefault(id);

    internal void CloseSession(string id)
    {
        _sessions.TryRemove(id, out _);
    }

    internal string OfferDownload(DriveItemState item, bool pdf)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _downloads[token] = (item, pdf);
        return token;
    }

    internal (DriveItemState Item, bool Pdf)? FindDownload(string token) =>
        _downloads.TryGetValue(token, out var found) ? found : null;

    private ConcurrentDictionary<string, DriveItemState> Files(string driveId) =>
        _drives.TryGetValue(driveId, out var files)
            ? files
            : throw new KeyNotFoundException($"No drive '{driveId}' was added; call AddDrive first and use the id it returns.");

    private static string Normalize(string path) => path.Trim('/');
}
