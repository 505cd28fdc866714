using System.Data.Common;

namespace Tarmeem.Store;

/// <summary>
/// One statement compiled once and run for every row of a batch with fresh parameter values: compiling
/// per row would cost more than the insert itself.
/// </summary>
internal sealed class PreparedBatch : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;

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

        command.Prepare();
    }

    /// <summary>The value for the parameter at this position in the constructor's list; <see cref="DBNull"/> for NULL.</summary>
    public object this[int position]
    {
        set => parameters[position].Value = value;
    }

    public Task RunAsync(CancellationToken cancellationToken) => command.ExecuteNonQueryAsync(cancellationToken);

    public void Dispose() => command.Dispose();
}
