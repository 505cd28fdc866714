using System.Globalization;
using System.IO.Packaging;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.Review;

/// <summary>
/// Checks a reviewed draft before it goes out: it is a valid Word document, the recommendation placeholder is gone,
/// and it holds no e-mail address, phone number, national ID or case number that the generated draft did not (one
/// added by hand). Each finding is an Arabic sentence telling the reviewer what to fix; none means it may go out.
/// </summary>
internal static partial class DraftCheck
{
    /// <summary>The part of the generated placeholder «(اكتب التوصية هنا)» that marks a recommendation not written.</summary>
    public const string Placeholder = "اكتب التوصية";

    /// <param name="generatedDocx">The draft as generated, or null when it is gone: then every match counts as added.</param>
    public static IReadOnlyList<string> Check(string? generatedDocx, string editedDocx, Regex caseNumber)
    {
        ArgumentNullException.ThrowIfNull(caseNumber);
        string edited;
        try
        {
            using var document = WordprocessingDocument.Open(editedDocx, isEditable: false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Count();
            if (errors > 0)
            {
                return [ReviewText.Format("Finding_Invalid", ArabicDigits.ToArabicIndic(errors.ToString(CultureInfo.InvariantCulture)))];
            }

            edited = Text(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            return [ReviewText.Format("Finding_Invalid", "١")];
        }

        var generated = string.Empty;
        if (generatedDocx is not null)
        {
            using var original = WordprocessingDocument.Open(generatedDocx, isEditable: false);
            generated = Text(original);
        }

        var findings = new List<string>();
        if (edited.Contains(Placeholder, StringComparison.Ordinal))
        {
            findings.Add(ReviewText.Get("Finding_Placeholder"));
        }

        foreach (var (key, pattern) in (ReadOnlySpan<(string, Regex)>)[("Finding_Email", Email()), ("Finding_Phone", Phone()), ("Finding_NationalId", NationalId()), ("Finding_CaseNumber", caseNumber)])
        {
            var added = Added(pattern, generated, edited);
            if (added > 0)
            {
                findings.Add(ReviewText.Format(key, ArabicDigits.ToArabicIndic(added.ToString(CultureInfo.InvariantCulture))));
            }
        }

        return findings;
    }

    /// <summary>How many distinct matches the edit holds that the generated text did not; digits compared as Latin.</summary>
    private static int Added(Regex pattern, string generated, string edited)
    {
        var before = pattern.Matches(generated).Select(m => Compact(m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return pattern.Matches(edited).Select(m => Compact(m.Value)).Where(v => !before.Contains(v)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }

    private static string Compact(string value) => Separators().Replace(value, string.Empty);

    /// <summary>The document's text, paragraph by paragraph, with Arabic-Indic digits made Latin so one pattern serves both.</summary>
    private static string Text(WordprocessingDocument document)
    {
        var body = document.MainDocumentPart?.Document?.Body;
        var paragraphs = body is null ? [] : body.Descendants<Paragraph>().Select(p => p.InnerText);
        return ArabicDigits.ToLatin(string.Join('\n', paragraphs));
    }

    [GeneratedRegex(@"[^\s@<>()«»]+@[^\s@<>()«»]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Saudi mobiles and landlines in the forms people type them: +966 5x…, 05x…, 01x…, with spaces or dashes.
    [GeneratedRegex(@"(?<![\d])(?:\+?966[\s-]?|0)(?:5\d|1[1-7])(?:[\s-]?\d){7}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // Saudi national IDs (1…) and residence permits (2…): ten digits.
    [GeneratedRegex(@"(?<![\d])[12]\d{9}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NationalId();

    [GeneratedRegex(@"[\s-]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
