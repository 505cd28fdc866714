using Tarmeem.GraphLoopback.Mail;

namespace Tarmeem.GraphLoopback.Tests.Mail;

/// <summary>One mailbox with a few inquiries in its inbox.</summary>
internal static class MailSeed
{
    public const string UserId = "6f1c2d3e-0000-4000-8000-000000000001";
    public const string Upn = "inquiries@contoso.com";
    public const string TagProperty = "String {00020386-0000-0000-C000-000000000046} Name X-Tarmeem-Tag";

    public static IReadOnlyList<string> Create(GraphLoopbackServer server, int messages)
    {
        server.Mail.AddMailbox(UserId, Upn, "الاستفسارات");
        var at = new DateTimeOffset(2025, 1, 5, 6, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(1, messages)
            .Select(i => server.Mail.AddMessage(Upn, "inbox", new MessageSeed("استفسار " + i, "customer" + i + "@example.com", at.AddMinutes(i))
            {
                BodyText = "نص الاستفسار",
                ConversationId = "conv-" + i,
                InternetMessageHeaders = [new("X-Tarmeem-Tag", "tag-" + i)],
                SingleValueExtendedProperties = new Dictionary<string, string> { [TagProperty] = "tag-" + i },
            }))
            .ToList();
    }
}
