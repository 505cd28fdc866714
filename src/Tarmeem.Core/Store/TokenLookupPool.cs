using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Tarmeem.Core.Store;

/// <summary>
/// Link-token lookups for the survey page, which runs one per request: connections that stay open with the query
/// already prepared, so that a lookup is one index probe rather than an open, three pragmas and a query compilation.
/// </summary>
internal sealed class TokenLookupPool(string connectionString) : IDisposable
{
    private readonly ConcurrentBag<Lookup> idle = [];

    public async Task<SurveyTokenMatch?> FindAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var lookup = idle.TryTake(out var ready) ? ready : await OpenAsync(cancellationToken);
        SurveyTokenMatch? match;
        try
        {
            lookup.Hash.Value = tokenHash;
            using var reader = lookup.Command.ExecuteReader();
            match = SurveyAnswerRows.ReadTokenMatch(reader);
        }
        catch
        {
            lookup.Dispose();
            throw;
        }

        idle.Add(lookup);
        return match;
    }

    public void Dispose()
    {
        while (idle.TryTake(out var lookup))
        {
            lookup.Dispose();
        }
    }

    private async Task<Lookup> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await StoreConnection.OpenAsync(connectionString, cancellationToken);
        var command = connection.CreateCommand();
        command.CommandText = SurveyAnswerRows.FindByTokenHashSql;
        var hash = command.Parameters.Add("$hash", SqliteType.Text);
        command.Prepare();
        return new Lookup(connection, command, hash);
    }

    private sealed record Lookup(SqliteConnection Connection, SqliteCommand Command, SqliteParameter Hash) : IDisposable
    {
        public void Dispose()
        {
            Command.Dispose();
            Connection.Dispose();
        }
    }
}
