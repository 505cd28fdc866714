using System.Data.Common;

namespace Tarmeem.Store.Sql;

/// <summary>
/// One statement run for every row of a batch with fresh parameter values. Where the provider runs many statements
/// in one round trip (<see cref="DbConnection.CanCreateBatch"/>: PostgreSQL) rows are sent <see cref="RowsPerTrip"/>
/// at a time, since a round trip per row would cost more than the insert; otherwise (SQLite, in process) the statement
/// is compiled once and run per row. Call <see cref="FlushAsync"/> after the last row.
/// </summary>
internal sealed class PreparedBatch : IDisposable
{
    private const int RowsPerTrip = 1000;

    private readonly DbCommand command;
    private readonly DbParameter[] parameters;
    private readonly DbBatch? batch;

    public PreparedBatch(DbConnection connection, DbTransaction transaction, string sql, params string[] parameterNames)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters = new DbParameter[parameterNames.Length];
        for (var i = 0; i < parameterNames.Length; i++)
        {
            // No declared type: the provider binds each value by its CLR type (long, string, DBNull).
            parameters[i] = command.AddParameter(parameterNames[i], DBNull.Value);
        }

        if (connection.CanCreateBatch)
        {
            batch = connection.CreateBatch();
            batch.Transaction = transaction;
        }
        else
        {
            command.Prepare();
        }
    }

    /// <summary>The value for the parameter at this position in the constructor's list; <see cref="DBNull"/> for NULL.</summary>
    public object this[int position]
    {
        set => parameters[position].Value = value;
    }

    /// <summary>Runs the row now, or queues it for the next round trip.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (batch is null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var row = batch.CreateBatchCommand();
        row.CommandText = command.CommandText;
        foreach (var parameter in parameters)
        {
            var copy = row.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            row.Parameters.Add(copy);
        }

        batch.BatchCommands.Add(row);
        if (batch.BatchCommands.Count >= RowsPerTrip)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Sends the rows still queued.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (batch is { BatchCommands.Count: > 0 })
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
            batch.BatchCommands.Clear();
        }
    }

    public void Dispose()
    {
        batch?.Dispose();
        command.Dispose();
    }
}
