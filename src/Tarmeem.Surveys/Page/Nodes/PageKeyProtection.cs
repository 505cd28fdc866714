using System.Security.Cryptography;
using System.Text;

namespace Tarmeem.Surveys.Page.Nodes;

/// <summary>
/// The key-encryption key that keeps the page key encrypted in the shared store: AES-256-GCM with a random nonce and
/// the row's purpose as associated data, so a database dump alone cannot forge forms and a sealed value cannot be
/// moved to another purpose. Every node gets the same 32 bytes from its environment or secret settings
/// (<see cref="SettingKey"/>), never from the database. The value is never logged.
/// </summary>
public sealed class PageKeyProtection
{
    public const string SettingKey = "Tarmeem:Surveys:PageKeyProtection";

    private const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _key;

    private PageKeyProtection(byte[] key) => _key = key;

    /// <summary>Reads the setting: base64 of 32 random bytes (e.g. <c>openssl rand -base64 32</c>).</summary>
    public static PageKeyProtection Parse(string? setting)
    {
        var text = setting?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new InvalidOperationException(
                $"{SettingKey} is missing: with a shared store every node needs the same key-encryption key for the survey page's key. Make one with 'openssl rand -base64 32' and give it to every node (environment variable TARMEEM__SURVEYS__PAGEKEYPROTECTION or a secret settings file).");
        }

        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written) && written == KeyBytes
            ? new PageKeyProtection(bytes[..KeyBytes])
            : throw new InvalidOperationException(
                $"{SettingKey} is not base64 of {KeyBytes} bytes: make one with 'openssl rand -base64 32' and give the same value to every node.");
    }

    /// <summary>The plain key sealed for <paramref name="purpose"/>: base64 of nonce, tag and ciphertext.</summary>
    public string Protect(ReadOnlySpan<byte> plain, string purpose)
    {
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), AssociatedData(purpose));
        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The plain key, or null when the value was not sealed under this key for this purpose (or is damaged).</summary>
    public byte[]? TryUnprotect(string stored, string purpose)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var sealedBytes = new byte[stored.Length];
        if (!Convert.TryFromBase64String(stored, sealedBytes, out var length) || length <= NonceBytes + TagBytes)
        {
            return null;
        }

        var plain = new byte[length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes, plain.Length), sealedBytes.AsSpan(NonceBytes, TagBytes), plain, AssociatedData(purpose));
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    private static byte[] AssociatedData(string purpose) => Encoding.UTF8.GetBytes("tarmeem/page_keys/" + purpose);
}
