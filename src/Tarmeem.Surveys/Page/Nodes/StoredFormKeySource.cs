using System.Data.Common;
using System.Security.Cryptography;

namespace Tarmeem.Surveys.Page.Nodes;

/// <summary>
/// The form key in the shared store's <c>page_keys</c>, sealed by <see cref="PageKeyProtection"/>. The first node to
/// start makes it; nodes starting together each offer one and the first insert wins (<c>ON CONFLICT DO NOTHING</c>),
/// then every node reads back the one stored. A row that the configured protection cannot open stops the start: a new
/// key would silently void every form already open and split the nodes.
/// </summary>
public sealed class StoredFormKeySource(Func<CancellationToken, ValueTask<DbConnection>> open, PageKeyProtection protection, TimeProvider time) : IFormKeySource
{
    public const string FormKeyName = "survey-form";

    private const string Read = "SELECT protected_key FROM page_keys WHERE purpose = @purpose";

    private const string Offer = """
        INSERT INTO page_keys (purpose, protected_key, created_at) VALUES (@purpose, @protected_key, @created_at)
        ON CONFLICT (purpose) DO NOTHING
        """;

    public async ValueTask<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        var stored = await ReadAsync(connection, cancellationToken);
        if (stored is null)
        {
            var offered = protection.Protect(RandomNumberGenerator.GetBytes(FormSeal.KeyLength), FormKeyName);
            await using (var insert = PageCommands.Create(connection, Offer,
                ("@purpose", FormKeyName), ("@protected_key", offered), ("@created_at", time.GetUtcNow().ToUnixTimeMilliseconds())))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            stored = await ReadAsync(connection, cancellationToken)
                ?? throw new InvalidOperationException("The survey page's key was stored in page_keys but cannot be read back: check that every node uses the same database and schema.");
        }

        var key = protection.TryUnprotect(stored, FormKeyName);
        return key is { Length: FormSeal.KeyLength }
            ? key
            : throw new InvalidOperationException(
                $"The survey page's key in the shared store (table page_keys) cannot be opened with {PageKeyProtection.SettingKey}: give this node the same value as the node that made the key. (Only if that value is lost for good: delete the row and restart every node; open survey forms will then ask to be reopened.)");
    }

    private static async Task<string?> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = PageCommands.Create(connection, Read, ("@purpose", FormKeyName));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
