using Microsoft.Extensions.Configuration;
using Npgsql;
using Tarmeem.Store;
using Tarmeem.Store.PostgreSql;

namespace Tarmeem.Host.StoreCopy;

/// <summary>
/// Reads the target of a copy from its own settings file alone (not the environment, which describes the installation
/// being moved): <c>Tarmeem:Data:Provider</c> must be PostgreSql and <c>Tarmeem:Data:ConnectionString</c> name the server.
/// </summary>
internal static class CopyTargetSettings
{
    private const string ProviderKey = "Tarmeem:Data:Provider";

    public static NpgsqlDataSource Read(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
        {
            throw new StoreCopyException($"The settings file given with --to-config does not exist: {file.FullName}");
        }

        IConfiguration settings;
        try
        {
            settings = new ConfigurationBuilder().AddJsonFile(file.FullName, optional: false).Build();
        }
        catch (InvalidDataException error)
        {
            throw new StoreCopyException($"{file.FullName} is not a valid JSON settings file: {error.Message}", error);
        }

        var provider = settings[ProviderKey];
        if (!Enum.TryParse<StoreProvider>(provider, ignoreCase: true, out var parsed) || parsed != StoreProvider.PostgreSql)
        {
            throw new StoreCopyException(
                $"{file.FullName}: {ProviderKey} is {(string.IsNullOrWhiteSpace(provider) ? "not set (so Sqlite)" : $"'{provider}'")}, "
                + $"but the target of a copy must be a PostgreSQL store: set {ProviderKey} to PostgreSql and "
                + $"{PostgreSqlDataSources.ConnectionStringKey} to its server.");
        }

        if (string.IsNullOrWhiteSpace(settings[PostgreSqlDataSources.ConnectionStringKey]))
        {
            throw new StoreCopyException(
                $"{file.FullName}: {PostgreSqlDataSources.ConnectionStringKey} is missing: set it to the PostgreSQL server "
                + "and database, e.g. \"Host=db.example;Database=tarmeem;Username=tarmeem\" (the password comes from "
                + "PGPASSWORD or a pgpass file, never the file).");
        }

        try
        {
            return PostgreSqlDataSources.Create(settings[PostgreSqlDataSources.ConnectionStringKey], PostgreSqlDataSources.LiveSchema);
        }
        catch (InvalidOperationException error)
        {
            throw new StoreCopyException($"{file.FullName}: {error.Message}", error);
        }
    }
}
