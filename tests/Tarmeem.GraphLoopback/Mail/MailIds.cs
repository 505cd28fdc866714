using System.Security.Cryptography;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>Exchange-looking ids: long, base64 with '-' and '_' and a trailing '=', so callers must escape them in URLs.</summary>
internal static class MailIds
{
    public static string New(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(40)).Replace('/', '-').Replace('+', '_');
}
