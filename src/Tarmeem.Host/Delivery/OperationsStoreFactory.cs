using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;

namespace Tarmeem.Host.Delivery;

/// <summary>Opens the <see cref="OperationsStore"/> in the configured data folder (<c>Tarmeem:Data:Directory</c>).</summary>
public sealed class OperationsStoreFactory(IOptions<TarmeemOptions> options, TimeProvider time)
{
    public Task<OperationsStore> OpenAsync(CancellationToken cancellationToken) =>
        OperationsStore.OpenAsync(options.Value.Data.Directory, time, cancellationToken);
}
