using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>
/// The report read's connections, each in a read transaction: a second one only when the provider could start it on
/// the same snapshot as the first, so that the invitations can be read in parallel with the rest.
/// </summary>
public sealed class ReportConnections(StoreRead first, StoreRead? second) : IAsyncDisposable
{
    public StoreRead First { get; } = first;

    public StoreRead? Second { get; } = second;

    public async ValueTask DisposeAsync()
    {
        if (Second is not null)
        {
            await Second.DisposeAsync();
        }

        await First.DisposeAsync();
    }
}
