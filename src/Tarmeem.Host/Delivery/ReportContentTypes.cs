namespace Tarmeem.Host.Delivery;

/// <summary>The media type of each file a report run writes, by extension.</summary>
internal static class ReportContentTypes
{
    public static string For(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".PDF" => "application/pdf",
        _ => "application/octet-stream",
    };
}
