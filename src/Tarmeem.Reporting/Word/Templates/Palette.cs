namespace Tarmeem.Reporting.Word.Templates;

/// <summary>The default templates' colours and fonts; staff change them in Word afterwards, not here.</summary>
internal static class Palette
{
    public const string Primary = "1B5E57";
    public const string Accent = "B8923A";
    public const string Text = "222222";
    public const string Muted = "5F6B6A";
    public const string Border = "B7C9C6";
    public const string HeaderFill = "DCEBE8";
    public const string BandFill = "F4F8F7";
    public const string CommentFill = "F3F6F5";

    /// <summary>Arabic body text. Word falls back to the font table's alternative (Arial) where it is not installed.</summary>
    public const string ArabicBody = "Noto Naskh Arabic";

    /// <summary>Arabic headings.</summary>
    public const string ArabicHeading = "Noto Kufi Arabic";

    /// <summary>Latin letters and digits outside right-to-left runs (case numbers).</summary>
    public const string Latin = "Noto Sans";

    public const string Fallback = "Arial";
}
