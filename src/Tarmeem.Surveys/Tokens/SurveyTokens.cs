using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Tarmeem.Surveys.Tokens;

/// <summary>
/// Link tokens: 192 random bits from the system's CSPRNG, base64url (32 characters, no padding). Only a SHA-256 of a
/// token is stored; the token itself exists in the sent e-mail alone. A link carries nothing else: no name, no
/// address, no case number.
/// </summary>
public static class SurveyTokens
{
    public const int ByteLength = 24;
    public const int TextLength = 32;

    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(ByteLength));

    /// <summary>Hex SHA-256 of the token. A fast hash suffices: 192 random bits cannot be guessed from it.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
    }

    /// <summary>Whether the text has a token's shape; anything else is refused before a lookup.</summary>
    public static bool HasShape(string? text) =>
        text is { Length: TextLength } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
