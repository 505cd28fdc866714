using System.Threading.Channels;
using System.Data.Common;
using SurveyResponse = Tarmeem.Core.Domain.SurveyResponse;

namespace Tarmeem.Store.Surveys;

/// <summary>
/// Commits answers from the survey page in groups. A commit costs a disk flush (and SQLite has one writer), so one
/// transaction per request makes concurrent submits queue on the flush; here one writer takes whatever answers have
/// arrived while the previous group was committing, commits them together on a <see cref="ConnectionPurpose.Durable"/>
/// connection, and only then tells each request whether its answer was new. A request is never acknowledged before its
/// answer is on disk.
/// </summary>
internal sealed class ResponseCommitQueue : IAsyncDisposable
{
    private const int MaxGroup = 512;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly StoreDialect dialect;
    private readonly Task writer;

    public ResponseCommitQueue(StoreDialect dialect)
    {
        this.dialect = dialect;
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

                writer ??= new Writer(await dialect.OpenAsync(ConnectionPurpose.Durable, CancellationToken.None));
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
    private bool TryCommit(Writer writer, List<Pending> group)
    {
        var recorded = new bool[group.Count];
        try
        {
            using var transaction = dialect.BeginWrite(writer.Connection);
            for (var i = 0; i < group.Count; i++)
            {
                recorded[i] = writer.Responses.TryRecord(transaction, group[i].Response);
            }

            transaction.Commit();
        }
        catch (DbException error)
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

    private sealed class Writer(DbConnection connection) : IDisposable
    {
        public DbConnection Connection { get; } = connection;

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
