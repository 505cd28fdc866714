using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// The job lock on PostgreSQL: a session advisory lock (<c>pg_try_advisory_lock(int, int)</c>) on a connection of its
/// own, outside the pool, held while the work runs. The server releases it when the session ends — on dispose, or when a
/// dead node's connection drops. The session carries <c>tarmeem:{node}</c> as its application name, so the holder is
/// read from <c>pg_locks</c> (this database's only) and <c>pg_stat_activity</c>, with the session's start as "since".
/// </summary>
public sealed class PostgreSqlJobLock(string connectionString, string node) : IJobLock
{
    /// <summary>The advisory locks' first key, "tarm": keeps ours apart from any other application's on the database.</summary>
    private const int Space = 0x7461726D;

    private const string ApplicationPrefix = "tarmeem:";

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = ApplicationPrefix + node };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@space, @key);", connection);
            command.Parameters.AddWithValue("space", Space);
            command.Parameters.AddWithValue("key", Key(name));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Lease(connection, Key(name));
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async Task<JobLockHolder?> HolderAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // pg_locks lists the whole server's locks, and an advisory lock belongs to one database: without the database
        // filter a node would report another installation's job (one IT provider, several associations) as its own.
        // objsubid 2 marks the two-key form; oid columns are compared as bigint, since our keys are non-negative ints.
        await using var command = new NpgsqlCommand("""
            SELECT a.application_name, a.backend_start
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid::bigint = @space AND l.objid::bigint = @key
            LIMIT 1;
            """, connection);
        command.Parameters.AddWithValue("space", (long)Space);
        command.Parameters.AddWithValue("key", (long)Key(name));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var application = reader.IsDBNull(0) ? string.Empty : reader.GetString(0);
        var holderNode = application.StartsWith(ApplicationPrefix, StringComparison.Ordinal) ? application[ApplicationPrefix.Length..] : "unknown";
        return new JobLockHolder(holderNode, reader.GetFieldValue<DateTimeOffset>(1));
    }

    /// <summary>
    /// Unlocks before closing: the server ends a closed session a moment after the client is gone, so a lock left to the
    /// close could still be held when the next run, just after, asks for it.
    /// </summary>
    private sealed class Lease(NpgsqlConnection connection, int key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@space, @key);", connection);
                command.Parameters.AddWithValue("space", Space);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The session is gone (database restarted, connection cut): so is its lock.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>A stable non-negative key per name: the first four bytes of its SHA-256.</summary>
    public static int Key(string name) =>
        (int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name))) & 0x7FFFFFFF);
}
