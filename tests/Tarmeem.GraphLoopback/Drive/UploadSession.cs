using Tarmeem.GraphLoopback.Uploads;

namespace Tarmeem.GraphLoopback.Drive;

/// <summary>A resumable upload of a drive item in progress.</summary>
internal sealed class UploadSession(string driveId, string path, DateTimeOffset expires)
{
    public string DriveId { get; } = driveId;

    public string Path { get; } = path;

    public FragmentBuffer Fragments { get; } = new(expires);
}
