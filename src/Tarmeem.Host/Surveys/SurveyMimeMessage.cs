using System.Text;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Surveys;

/// <summary>
/// Writes a survey message as MIME for Graph's create-from-MIME: multipart/alternative with the plain-text twin first
/// and the HTML last (clients show the last part they can render), both UTF-8 in base64. The Arabic subject goes in
/// RFC 2047 encoded-words; an address with Arabic in it stays UTF-8 (RFC 6532), as Exchange takes it in a JSON draft.
/// </summary>
internal static class SurveyMimeMessage
{
    private const string Crlf = "\r\n";

    // 30 bytes of UTF-8 are 40 base64 characters, so "Subject: " plus one encoded-word stays under RFC 2047's 76.
    private const int MaxEncodedWordBytes = 30;

    public static string Build(OutgoingSurveyMail mail, string messageId)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var boundary = "=_tarmeem_" + Guid.NewGuid().ToString("N");
        var mime = new StringBuilder()
            .Append("MIME-Version: 1.0").Append(Crlf)
            .Append("Message-ID: ").Append(HeaderValue(messageId)).Append(Crlf)
            .Append("To: ").Append(HeaderValue(mail.Recipient)).Append(Crlf)
            .Append("Subject: ").Append(EncodedWords(SubjectLine(mail.Content.Subject))).Append(Crlf)
            .Append(OutgoingSurveyMail.InvitationHeader).Append(": ").Append(HeaderValue(mail.InvitationId)).Append(Crlf)
            .Append("Content-Type: multipart/alternative;").Append(Crlf)
            .Append(" boundary=\"").Append(boundary).Append('"').Append(Crlf)
            .Append(Crlf);
        AppendPart(mime, boundary, "text/plain", mail.Content.Text);
        AppendPart(mime, boundary, "text/html", mail.Content.Html);
        return mime.Append("--").Append(boundary).Append("--").Append(Crlf).ToString();
    }

    /// <summary>
    /// The subject as one line: a subject is unstructured header text, so a line break or other control character
    /// in the template's title would be dropped by readers (words run together); each run of them becomes a space.
    /// White space around it is dropped, as readers drop it.
    /// </summary>
    internal static string SubjectLine(string subject)
    {
        var builder = new StringBuilder(subject.Length);
        var pendingSpace = false;
        foreach (var c in subject)
        {
            if (char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>RFC 2047 B-encoding, split between characters (a word may not end inside one) and folded.</summary>
    private static string EncodedWords(string text)
    {
        var words = new List<string>();
        var chunk = new List<byte>(MaxEncodedWordBytes);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(buffer);
            if (chunk.Count + length > MaxEncodedWordBytes)
            {
                words.Add(Word(chunk));
                chunk.Clear();
            }

            chunk.AddRange(buffer[..length]);
        }

        if (chunk.Count > 0 || words.Count == 0)
        {
            words.Add(Word(chunk));
        }

        return string.Join(Crlf + " ", words);
    }

    private static string Word(List<byte> bytes) => "=?utf-8?B?" + Convert.ToBase64String([.. bytes]) + "?=";

    private static void AppendPart(StringBuilder mime, string boundary, string mediaType, string content) =>
        mime.Append("--").Append(boundary).Append(Crlf)
            .Append("Content-Type: ").Append(mediaType).Append("; charset=utf-8").Append(Crlf)
            .Append("Content-Transfer-Encoding: base64").Append(Crlf)
            .Append(Crlf)
            // MIME's canonical text has CRLF line breaks before it is encoded (RFC 2045, 6.8). Only CR and LF are line
            // breaks there: ReplaceLineEndings would also turn U+2028, U+0085 and form feeds in the content into CRLF.
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(CanonicalLineBreaks(content)), Base64FormattingOptions.InsertLineBreaks))
            .Append(Crlf);

    internal static string CanonicalLineBreaks(string content) =>
        content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", Crlf, StringComparison.Ordinal);

    /// <summary>A value written as is: a line break in it would start a header of its own.</summary>
    private static string HeaderValue(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0 ? value : throw new ArgumentException("A MIME header value has a line break.", nameof(value));
}
