namespace Tarmeem.Reporting.Excel;

/// <summary>One entry of a part's <c>.rels</c>: id, relationship type URI and target relative to the part.</summary>
internal sealed record XlsxRelationship(string Id, string Type, string Target)
{
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static string OfficeType(string name) => OfficeDocument + name;
}
