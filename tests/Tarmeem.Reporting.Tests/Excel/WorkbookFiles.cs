using Tarmeem.Reporting.Excel;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Tests.Excel;

/// <summary>Writes workbooks into a per-test temp folder, never into the repository.</summary>
internal static class WorkbookFiles
{
    public static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tarmeem-excel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Write(QualityReport report, string name = "quality.xlsx")
    {
        var path = Path.Combine(Folder(), name);
        using (var stream = File.Create(path))
        {
            QualityWorkbookWriter.Write(report, stream, WorkbookOptions.Default, CancellationToken.None);
        }

        return path;
    }

    public static void AssertValid(WorkbookInspector workbook)
    {
        var errors = workbook.ValidationErrors();
        Assert.True(errors.Count == 0, $"{errors.Count} validation error(s):\n{string.Join("\n", errors)}");
    }
}
