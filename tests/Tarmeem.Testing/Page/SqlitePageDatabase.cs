using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Testing.Page;

/// <summary>The step-11 tables in a SQLite file: a fresh one under the temp folder, or an existing store's file (migrated).</summary>
public sealed class SqlitePageDatabase : PageDatabase
{
    private readonly string _connectionString;
    private readonly string? _ownFolder;

    private SqlitePageDatabase(string path, string? ownFolder)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        _ownFolder = ownFolder;
    }

    public static async Task<SqlitePageDatabase> CreateAsync(string? databasePath = null)
    {
        var ownFolder = databasePath is null ? Path.Combine(Path.GetTempPath(), "tarmeem-page-db", Guid.NewGuid().ToString("N")) : null;
        if (ownFolder is not null)
        {
            Directory.CreateDirectory(ownFolder);
        }

        var database = new SqlitePageDatabase(databasePath ?? Path.Combine(ownFolder!, "page.db"), ownFolder);
        if (ownFolder is not null)
        {
            // A store's own file already has the tables: its migrations made them (step 11).
            await database.RunAsync(PageTablesStep.Statements);
        }

        return database;
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override ValueTask DisposeAsync()
    {
        if (_ownFolder is not null && Directory.Exists(_ownFolder))
        {
            Directory.Delete(_ownFolder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
