using System.Text.Encodings.Web;
using System.Text.Unicode;
using Tarmeem.Core.Text;

namespace Tarmeem.Surveys.Email;

/// <summary>
/// HTML encoding that escapes markup characters but leaves Arabic readable (the default encoder turns every Arabic
/// letter into an entity, which is safe but bloats mail and page).
/// </summary>
public static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encoded for HTML, hidden characters removed first (<see cref="FreeText.Clean"/>): a value is never markup, nor a bidi control.</summary>
    public static string Encode(string? value) => value is null ? "" : Encoder.Encode(FreeText.Clean(value));
}
