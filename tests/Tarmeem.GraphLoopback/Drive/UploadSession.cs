using System.Buffers;

namespace Tarmeem.GraphLoopback.Drive;

/// <summary>A resumable upload in progress: fragments must arrive in order.</summary>
internal sealed class UploadSession(string driveId, string path, DateTimeOffset expires)
{
    public string DriveId { get; } = driveId;

    public string Path { get; } = path;

    public DateTimeOffset Expires { get; } = expires;

    public ArrayBufferWriter<byte> Received { get; } = new();

    public Lock Gate { get; } = new();
}
