using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SurveyResponse = Tarmeem.Core.Domain.SurveyResponse;

namespace Tarmeem.Store;

/// <summary>
/// Commits answers from the survey page in groups. SQLite has one writer and a commit costs a disk flush, so one
/// transaction per request makes concurrent submits queue on the lock; here one writer takes whatever answers have
/// arrived while the previous group was committing, commits them together with a full flush, and only then tells each
/// request whether its answer was new. A request is never acknowledged before its answer is on disk.
/// </summary>
internal sealed class ResponseCommitQueue : IAsyncDisposable
{
    private const int MaxGroup = 512;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string connectionString;
    private readonly Task writer;

    public ResponseCommitQueue(string connectionString)
    {
        this.connectionString = connectionString;
        writer = Task.Run(WriteAsync);
    }

    /// <summary>True when the answer was recorded, false when its invitation already had one.</summary>
    public Task<bool> RecordAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        var pending = new Pending(response);
        if (!queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(ResponseCommitQueue), "The survey store is closing; the answer was not recorded. Submit it again.");
        }

        // A request that gives up stops waiting; its answer is still committed, and a retry is told it was received.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
    }

    private async Task WriteAsync()
    {
        var group = new List<Pending>(MaxGroup);
        Writer? writer = null;
        try
        {
            while (await queue.Reader.WaitToReadAsync())
            {
                while (group.Count < MaxGroup && queue.Reader.TryRead(out var next))
                {
                    group.Add(next);
                }

                writer ??= new Writer(await OpenAsync());
                if (!TryCommit(writer, group))
                {
                    // Something in the group failed: each answer alone, so that one bad answer fails only its own request.
                    foreach (var pending in group)
                    {
                        TryCommit(writer, [pending]);
                    }
                }

                group.Clear();
            }
        }
        finally
        {
            writer?.Dispose();
        }
    }

    /// <summary>Commits the group and answers its requests; false, with nobody answered, when the group could not commit.</summary>
    private static bool TryCommit(Writer writer, List<Pending> group)
    {
        var recorded = new bool[group.Count];
        try
        {
            using var transaction = writer.Connection.BeginTransaction();
            for (var i = 0; i < group.Count; i++)
            {
                recorded[i] = writer.Responses.TryRecord(transaction, group[i].Response);
            }

            transaction.Commit();
        }
        catch (SqliteException error)
        {
            if (group.Count == 1)
            {
                group[0].Done.TrySetException(error);
                return true;
            }

            return false;
        }

        for (var i = 0; i < group.Count; i++)
        {
            group[i].Done.TrySetResult(recorded[i]);
        }

        return true;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = await StoreConnection.OpenAsync(connectionString, CancellationToken.None);
        using var command = connection.CreateCommand();
        // The acknowledgement promises the answer survives a power cut, not only a crash of this process.
        command.CommandText = "PRAGMA synchronous = FULL;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private sealed class Writer(SqliteConnection connection) : IDisposable
    {
        public SqliteConnection Connection { get; } = connection;

        public ResponseWriter Responses { get; } = new(connection);

        public void Dispose()
        {
            Responses.Dispose();
            Connection.Dispose();
        }
    }

    private sealed record Pending(SurveyResponse Response)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
