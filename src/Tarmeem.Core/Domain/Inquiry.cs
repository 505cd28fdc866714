namespace Tarmeem.Core.Domain;

/// <summary>One inquiry from the inquiry log or the shared mailbox. No sender, no body: only timings.</summary>
public sealed record Inquiry
{
    public required string Id { get; init; }

    public required Channel Channel { get; init; }

    /// <summary>The channel text as the source wrote it, kept when it mapped to no channel.</summary>
    public string? RawChannel { get; init; }

    public required Branch Branch { get; init; }

    public InquiryCategory Category { get; init; }

    public DateTimeOffset? Received { get; init; }

    public DateTimeOffset? FirstResponse { get; init; }

    public DateTimeOffset? Resolved { get; init; }
}
