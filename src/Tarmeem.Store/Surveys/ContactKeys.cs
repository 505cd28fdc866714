using System.Security.Cryptography;
using System.Text;

namespace Tarmeem.Store.Surveys;

/// <summary>
/// A person's key for the survey rules (one survey per 30 days, opt-out, bounces): SHA-256 of the trimmed,
/// lower-cased address, so the rules still hold after retention has removed the address itself.
/// </summary>
public static class ContactKeys
{
    public static string For(string emailAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailAddress);
        var normalised = emailAddress.Trim().ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
