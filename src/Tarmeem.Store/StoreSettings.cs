namespace Tarmeem.Store;

/// <summary>Where the store is, as configured (<c>Tarmeem:Data</c>); the host validates it at start.</summary>
/// <param name="Provider">The database behind the store.</param>
/// <param name="DataDirectory">The data folder: the SQLite file and the sample's folder are in it.</param>
/// <param name="ConnectionString">The server's connection string, without a password; unused for SQLite.</param>
public sealed record StoreSettings(StoreProvider Provider, string DataDirectory, string? ConnectionString);
