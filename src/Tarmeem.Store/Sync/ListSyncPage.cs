namespace Tarmeem.Store.Sync;

/// <summary>One page of a list's delta feed, ready to apply with the link that resumes after it.</summary>
public sealed record ListSyncPage
{
    /// <summary>The source's name, e.g. <c>cases</c>; also the <see cref="Core.Domain.QuarantinedRecord.Source"/> of its findings.</summary>
    public required string Source { get; init; }

    public required SyncRecordKind Kind { get; init; }

    /// <summary>The round this page belongs to (see <see cref="SyncCursor"/>).</summary>
    public required long Round { get; init; }

    public required bool FullRound { get; init; }

    public required IReadOnlyList<ListItemChange> Changes { get; init; }

    /// <summary>The next link, or on the round's last page its delta link.</summary>
    public required string Link { get; init; }

    /// <summary>True on the round's last page: after a full round, items not seen in it are removed.</summary>
    public required bool EndOfRound { get; init; }

    public required DateTimeOffset SeenAt { get; init; }
}
