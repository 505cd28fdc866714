namespace Tarmeem.Reporting.Word.Markup;

/// <summary>
/// The style ids the templates define and the generator uses. Generated content carries style ids only,
/// never direct fonts or colours, so a style changed in the template changes every report after it.
/// </summary>
public static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string CoverLine = "CoverLine";
    public const string Summary = "Summary";
    public const string Note = "Note";
    public const string Caption = "Caption";
    public const string Comment = "Comment";
    public const string Placeholder = "Placeholder";
    public const string Recommendation = "Recommendation";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Table = "TarmeemTable";
    public const string PlainTable = "TarmeemPlainTable";
}
