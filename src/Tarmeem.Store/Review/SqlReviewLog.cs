using System.Data.Common;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Review;

/// <summary>
/// The reviews of reports before delivery (schema version 6) in <c>tarmeem.db</c>. Built on an opened
/// <see cref="SqlServiceRecordStore"/>. State changes are single conditional updates, so two approvals at once
/// move a review forward once.
/// </summary>
public sealed class SqlReviewLog(SqlServiceRecordStore records)
{
    private const string Columns =
        "kind, period, state, draft_item_id, draft_path, draft_url, source_files, submitted_at, mailed_at, reminded_at, approved_at, delivered_at, refusal";

    private readonly StoreDialect dialect = records.Dialect;

    public async Task<ReportReview?> FindAsync(string kind, string period, CancellationToken cancellationToken) =>
        First(await QueryAsync($"SELECT {Columns} FROM report_reviews WHERE kind = @kind AND period = @period;", Key(kind, period), cancellationToken));

    public async Task<ReportReview?> FindByTokenAsync(string tokenHash, CancellationToken cancellationToken) =>
        First(await QueryAsync($"SELECT {Columns} FROM report_reviews WHERE token_hash = @hash;", c => c.AddParameter("@hash", tokenHash), cancellationToken));

    /// <summary>Reviews waiting for a reviewer (pending or refused), oldest first.</summary>
    public Task<IReadOnlyList<ReportReview>> AwaitingAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM report_reviews WHERE state IN ('Pending', 'Refused') ORDER BY submitted_at;", _ => { }, cancellationToken);

    /// <summary>Approved and not delivered: an approval whose delivery was interrupted.</summary>
    public Task<IReadOnlyList<ReportReview>> ApprovedUndeliveredAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM report_reviews WHERE state = 'Approved' ORDER BY approved_at;", _ => { }, cancellationToken);

    /// <summary>Records a draft sent for review; an existing review of the same (kind, period) is returned unchanged.</summary>
    public async Task<ReportReview> SubmitAsync(
        string kind, string period, LibraryDraft draft, string tokenHash, IReadOnlyList<string> sourceFiles, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(sourceFiles);
        await QueryAsync(
            """
            INSERT INTO report_reviews (kind, period, state, draft_item_id, draft_path, draft_url, token_hash, source_files, submitted_at)
            VALUES (@kind, @period, 'Pending', @item, @path, @url, @hash, @files, @at)
            ON CONFLICT (kind, period) DO NOTHING;
            """,
            c =>
            {
                Key(kind, period)(c);
                c.AddParameter("@item", draft.ItemId);
                c.AddParameter("@path", draft.Path);
                c.AddParameter("@url", (object?)draft.WebUrl ?? DBNull.Value);
                c.AddParameter("@hash", tokenHash);
                c.AddParameter("@files", string.Join('\n', sourceFiles));
                c.AddParameter("@at", Instants.ToDb(at));
            },
            cancellationToken);
        return (await FindAsync(kind, period, cancellationToken))!;
    }

    /// <summary>A new one-time approval link for a review still awaiting approval (each reviewer mail carries its own).</summary>
    public async Task ReplaceTokenAsync(string kind, string period, string tokenHash, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE report_reviews SET token_hash = @hash WHERE kind = @kind AND period = @period;";
        Key(kind, period)(command);
        command.AddParameter("@hash", tokenHash);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task MarkMailedAsync(string kind, string period, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetAsync(kind, period, "mailed_at = @at", "mailed_at IS NULL", at, null, cancellationToken);

    public Task MarkRemindedAsync(string kind, string period, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetAsync(kind, period, "reminded_at = @at", "reminded_at IS NULL", at, null, cancellationToken);

    /// <summary>Pending or Refused → Approved; false when it was not awaiting (approved twice, or already delivered).</summary>
    public async Task<bool> MarkApprovedAsync(string kind, string period, DateTimeOffset at, CancellationToken cancellationToken) =>
        await SetAsync(kind, period, "state = 'Approved', approved_at = @at, refusal = NULL", "state IN ('Pending', 'Refused')", at, null, cancellationToken) > 0;

    /// <summary>Approved → Refused with what to fix: the approval is undone and the reviewer asked again.</summary>
    public Task MarkRefusedAsync(string kind, string period, string findings, CancellationToken cancellationToken) =>
        SetAsync(kind, period, "state = 'Refused', refusal = @text, approved_at = NULL", "state = 'Approved'", null, findings, cancellationToken);

    public Task MarkDeliveredAsync(string kind, string period, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetAsync(kind, period, "state = 'Delivered', delivered_at = @at", "state = 'Approved'", at, null, cancellationToken);

    private async Task<int> SetAsync(
        string kind, string period, string set, string when, DateTimeOffset? at, string? text, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE report_reviews SET {set} WHERE kind = @kind AND period = @period AND {when};";
        Key(kind, period)(command);
        command.AddParameter("@at", Instants.ToDb(at));
        command.AddParameter("@text", (object?)text ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ReportReview? First(IReadOnlyList<ReportReview> found) => found.Count == 0 ? null : found[0];

    private static Action<DbCommand> Key(string kind, string period) => c =>
    {
        c.AddParameter("@kind", kind);
        c.AddParameter("@period", period);
    };

    private async Task<IReadOnlyList<ReportReview>> QueryAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<ReportReview>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new ReportReview(
                reader.GetString(0),
                reader.GetString(1),
                Enum.Parse<ReviewState>(reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6).Split('\n', StringSplitOptions.RemoveEmptyEntries),
                Instants.Read(reader, 7),
                Instants.ReadNullable(reader, 8),
                Instants.ReadNullable(reader, 9),
                Instants.ReadNullable(reader, 10),
                Instants.ReadNullable(reader, 11),
                reader.IsDBNull(12) ? null : reader.GetString(12)));
        }

        return found;
    }
}
