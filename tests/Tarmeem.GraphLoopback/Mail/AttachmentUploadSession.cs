using Tarmeem.GraphLoopback.Uploads;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>An attachment upload session: the <c>AttachmentItem</c> it was opened with and the bytes received so far.</summary>
internal sealed class AttachmentUploadSession(
    string userId, string messageId, string name, string contentType, long size, bool isInline, string? contentId, DateTimeOffset expires)
{
    public string UserId { get; } = userId;

    public string MessageId { get; } = messageId;

    public string Name { get; } = name;

    public string ContentType { get; } = contentType;

    /// <summary>The size announced in <c>AttachmentItem</c>; every <c>Content-Range</c> total must match it.</summary>
    public long Size { get; } = size;

    public bool IsInline { get; } = isInline;

    public string? ContentId { get; } = contentId;

    public FragmentBuffer Fragments { get; } = new(expires);
}
