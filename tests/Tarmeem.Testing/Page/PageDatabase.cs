using System.Data.Common;
using System.Globalization;

namespace Tarmeem.Testing.Page;

/// <summary>
/// A real database holding the survey page's step-11 tables (<c>page_keys</c>, <c>failed_guesses</c>) for tests of
/// the page on several nodes: each "node" opens its own connections to it.
/// </summary>
public abstract class PageDatabase : IAsyncDisposable
{
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Every row of a query, each value as invariant text ("" for NULL), to look at what is really stored.</summary>
    public async Task<List<string[]>> RowsAsync(string sql)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }

    public abstract ValueTask DisposeAsync();

    protected async Task RunAsync(IEnumerable<string> statements)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        foreach (var statement in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }
}
