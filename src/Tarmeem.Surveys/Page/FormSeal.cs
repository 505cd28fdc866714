using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// The page's anti-forgery value: an HMAC-SHA256 of the link token and the form's purpose under a secret that lives in
/// the data folder. A posted form must carry the value for its own link, which only someone who fetched that link's
/// page can have; no cookie and no server-side state, so a form fetched before a restart (or from another node sharing
/// the data folder's key) submits after it, and checking costs one HMAC.
/// </summary>
public sealed class FormSeal
{
    public const string FieldName = "af";
    public const int KeyLength = 32;

    private const int SealBytes = 16;
    private readonly byte[] _key;

    public FormSeal(ReadOnlySpan<byte> key)
    {
        if (key.Length < KeyLength)
        {
            throw new ArgumentException($"The survey page's form key must be at least {KeyLength} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    public string For(string token, FormPurpose purpose)
    {
        Span<byte> seal = stackalloc byte[SealBytes];
        Compute(token, purpose, seal);
        return Base64Url.EncodeToString(seal);
    }

    public bool IsValid(string token, FormPurpose purpose, string? posted)
    {
        Span<byte> expected = stackalloc byte[SealBytes];
        Span<byte> given = stackalloc byte[SealBytes];
        if (posted is null || !Base64Url.IsValid(posted, out var length) || length != SealBytes
            || !Base64Url.TryDecodeFromChars(posted, given, out var written) || written != SealBytes)
        {
            return false;
        }

        Compute(token, purpose, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private void Compute(string token, FormPurpose purpose, Span<byte> seal)
    {
        // Tokens are 32 ASCII characters (checked before any lookup); the purpose byte separates the two forms.
        Span<byte> message = stackalloc byte[Encoding.ASCII.GetMaxByteCount(token.Length) + 1];
        message[0] = (byte)purpose;
        var length = Encoding.ASCII.GetBytes(token, message[1..]) + 1;
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, message[..length], mac);
        mac[..SealBytes].CopyTo(seal);
    }
}
