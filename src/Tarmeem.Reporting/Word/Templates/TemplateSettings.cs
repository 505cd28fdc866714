using DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Reporting.Word.Templates;

/// <summary>Document settings and the font table of the default templates.</summary>
internal static class TemplateSettings
{
    public static Settings Build() => new(
        // Word then strips author names from the file when staff save the template, so none reach a report.
        new RemovePersonalInformation(),
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "ar-SA", Bidi = "ar-SA" });

    /// <summary>
    /// The fonts the styles name, each with an installed-everywhere alternative: Word substitutes
    /// <see cref="Palette.Fallback"/> where the Noto fonts are missing, LibreOffice its own best match.
    /// </summary>
    public static Fonts Fonts() => new(
        Font(Palette.ArabicBody, arabic: true),
        Font(Palette.ArabicHeading, arabic: true),
        Font(Palette.Latin, arabic: false),
        Font(Palette.Fallback, arabic: true));

    private static Font Font(string name, bool arabic)
    {
        var font = new Font { Name = name };
        if (name != Palette.Fallback)
        {
            font.Append(new AltName { Val = Palette.Fallback });
        }

        font.Append(
            new FontCharSet { Val = arabic ? "B2" : "00" },
            new FontFamily { Val = FontFamilyValues.Auto },
            new Pitch { Val = FontPitchValues.Variable });
        return font;
    }
}
