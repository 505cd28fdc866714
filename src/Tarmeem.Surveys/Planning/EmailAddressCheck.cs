using System.Net.Mail;

namespace Tarmeem.Surveys.Planning;

/// <summary>Whether an address from a list can take a survey: one plain address, a dotted domain, nothing else.</summary>
public static class EmailAddressCheck
{
    public static bool IsUsable(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return false;
        }

        var trimmed = address.Trim();
        if (trimmed.Length > 254 || trimmed.Any(char.IsWhiteSpace) || trimmed.Contains(',', StringComparison.Ordinal) || trimmed.Contains(';', StringComparison.Ordinal))
        {
            return false;
        }

        return MailAddress.TryCreate(trimmed, out var parsed)
            && string.Equals(parsed.Address, trimmed, StringComparison.Ordinal)
            && parsed.Host.Contains('.', StringComparison.Ordinal)
            && !parsed.Host.StartsWith('.')
            && !parsed.Host.EndsWith('.');
    }
}
