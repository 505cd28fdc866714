namespace Tarmeem.GraphLoopback.Mail;

/// <summary>One PUT received by an attachment upload session, whether it was accepted or refused.</summary>
/// <param name="MessageId">The message the attachment is for.</param>
/// <param name="AttachmentName">The file name given when the session was created.</param>
/// <param name="ContentRange">The <c>Content-Range</c> header as sent, or null.</param>
/// <param name="Length">Bytes in the body.</param>
/// <param name="Status">The status answered: 200 for an accepted fragment, 201 for the last one, 4xx when refused.</param>
public sealed record AttachmentFragment(string MessageId, string AttachmentName, string? ContentRange, int Length, int Status)
{
    public bool Accepted => Status is 200 or 201;
}
