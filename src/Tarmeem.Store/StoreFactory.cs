namespace Tarmeem.Store;

/// <summary>Opens sessions through the registered provider for <see cref="StoreSettings.Provider"/>.</summary>
public sealed class StoreFactory : IStoreFactory
{
    private readonly IStoreProvider provider;
    private readonly StoreSettings settings;
    private readonly TimeProvider time;

    public StoreFactory(IEnumerable<IStoreProvider> providers, StoreSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        provider = providers.LastOrDefault(p => p.Provider == settings.Provider)
            ?? throw new InvalidOperationException(
                $"Tarmeem:Data:Provider is {settings.Provider}, which this build cannot open yet: set it to "
                + $"{StoreProvider.Sqlite} (the default) or use a build that ships the {settings.Provider} store.");
        this.settings = settings;
        this.time = time;
    }

    public StoreProvider Provider => settings.Provider;

    public async Task<StoreSession> OpenAsync(StoreArea area, CancellationToken cancellationToken) =>
        new(await provider.OpenAsync(settings, area, time, cancellationToken).ConfigureAwait(false));
}
