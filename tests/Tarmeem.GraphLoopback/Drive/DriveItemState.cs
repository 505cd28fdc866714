namespace Tarmeem.GraphLoopback.Drive;

/// <summary>One stored file.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Path">Path below the root, e.g. <c>Reports/2025/week.docx</c>.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Created">When first stored.</param>
/// <param name="Modified">When last replaced.</param>
public sealed record DriveItemState(string Id, string Path, ReadOnlyMemory<byte> Content, DateTimeOffset Created, DateTimeOffset Modified)
{
    public string Name => Path.Split('/').Last();
}
