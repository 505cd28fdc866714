using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Reporting.Word.Filling;

/// <summary>
/// The report's language is Arabic (Saudi Arabia) everywhere a reader looks for it: the styles' default run
/// language (Latin and complex script) and the package's language property. A template last saved on an
/// English Word carries <c>en-US</c> there, and a screen reader would then read the report as English.
/// </summary>
internal static class DocumentLanguage
{
    public const string Tag = "ar-SA";

    public static void Apply(WordprocessingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.PackageProperties.Language = Tag;
        var styles = document.MainDocumentPart?.StyleDefinitionsPart?.Styles;
        if (styles is null)
        {
            return;
        }

        var defaults = styles.DocDefaults ??= new DocDefaults();
        var runDefault = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var run = runDefault.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        if (run.Languages is { } languages)
        {
            languages.Val = Tag;
            languages.Bidi = Tag;
        }
        else
        {
            run.Languages = new Languages { Val = Tag, Bidi = Tag };
        }
    }
}
