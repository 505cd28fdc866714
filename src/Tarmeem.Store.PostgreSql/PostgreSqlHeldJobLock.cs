using Npgsql;

namespace Tarmeem.Store.PostgreSql;

/// <summary>A job lock held by this process; disposing releases it and closes its connection.</summary>
public sealed class PostgreSqlHeldJobLock : IAsyncDisposable
{
    private readonly long key;
    private readonly NpgsqlConnection connection;
    private int released;

    internal PostgreSqlHeldJobLock(string name, long key, NpgsqlConnection connection)
    {
        Name = name;
        this.key = key;
        this.connection = connection;
    }

    public string Name { get; }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref released, 1) == 1)
        {
            return;
        }

        try
        {
            // Released explicitly: a pooled connection would otherwise keep the session, and the lock, alive.
            var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.Add(new NpgsqlParameter<long>("key", key));
                await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the server ended its session and the lock with it.
        }
        finally
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
