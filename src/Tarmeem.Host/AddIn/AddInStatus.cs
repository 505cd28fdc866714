namespace Tarmeem.Host.AddIn;

/// <summary>
/// What the pane shows about one conversation: timings, channel, branch, resolution and whether a survey went out and
/// came back. Never a name, address, subject, body or survey score: staff are not judged by surveys.
/// </summary>
internal sealed record AddInStatus
{
    public required bool Recorded { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public DateTimeOffset? FirstAnsweredAt { get; init; }

    /// <summary>Business hours from receipt to the first answer, or to now while unanswered.</summary>
    public double? BusinessHoursToFirstAnswer { get; init; }

    public double? FirstAnswerTargetHours { get; init; }

    public bool? WithinTarget { get; init; }

    public AddInLabel? Channel { get; init; }

    public AddInLabel? Branch { get; init; }

    public bool Resolved { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary><c>none</c>, <c>sent</c> or <c>answered</c>.</summary>
    public string Survey { get; init; } = "none";

    public required AddInCategories Categories { get; init; }
}

/// <summary>A channel or branch: its code, its Arabic label and the Outlook category that sets it.</summary>
internal sealed record AddInLabel(string Code, string Label, string Category);

/// <summary>The categories one tap in the pane puts on the item, named as sync reads them.</summary>
internal sealed record AddInCategories(IReadOnlyList<AddInLabel> Channels, IReadOnlyList<AddInLabel> Branches, string Resolved, string NotInquiry);
