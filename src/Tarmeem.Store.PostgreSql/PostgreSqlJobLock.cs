using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// Cluster-wide job locks: a hand-run <c>sync</c>, <c>survey send</c> or <c>report --deliver</c> takes its job's lock,
/// so it never runs beside the same job on another node. A lock is a session-level advisory lock held on a connection
/// of its own until <see cref="PostgreSqlHeldJobLock"/> is disposed; if the process dies or the connection drops, the
/// server ends the session and the lock is free again.
/// </summary>
public sealed class PostgreSqlJobLock(NpgsqlDataSource dataSource)
{
    /// <summary>The lock of <paramref name="name"/>, or null when another session holds it (nothing waits).</summary>
    public async Task<PostgreSqlHeldJobLock?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var key = KeyOf(name);
        var connection = await PostgreSqlConnections.OpenAsync(dataSource, cancellationToken).ConfigureAwait(false);
        try
        {
            var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.Add(new NpgsqlParameter<long>("key", key));
                if ((bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                {
                    return new PostgreSqlHeldJobLock(name, key, connection);
                }
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// The lock's key: the first 8 bytes of SHA-256 over "tarmeem job:" and the name — the same on every node and in
    /// every build, unlike <see cref="string.GetHashCode()"/>, and apart from <see cref="PostgreSqlMigrator.LockKey"/>.
    /// </summary>
    public static long KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("tarmeem job:" + name));
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }
}
