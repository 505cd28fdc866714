using DocumentFormat.OpenXml.Packaging;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Host.Tests.Cli;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Tarmeem.Host.Tests.Reports;

/// <summary>
/// A branch added in settings (Tarmeem:Branches), with cases in the store, reaches every report without a code change;
/// so does a service type (Tarmeem:ServiceTypes), in the workbook's case rows.
/// </summary>
public sealed class ConfiguredBranchTests
{
    private const string Settings = """
        { "Tarmeem": { "Branches": [
            { "Code": "Makkah" }, { "Code": "Jeddah" }, { "Code": "Taif" }, { "Code": "AlLith" }, { "Code": "AlQunfudhah" },
            { "Code": "Rabigh", "Label": "رابغ" } ],
          "ServiceTypes": [ { "Code": "Restoration" }, { "Code": "Roofing", "Label": "تسقيف" } ] } }
        """;

    [Fact]
    public async Task Report_SixthBranchAndNewServiceTypeInSettings_AppearInWorkbookAndBothWordReports()
    {
        using var temp = new TempFolder();
        var config = temp.Sub("tarmeem.json");
        await File.WriteAllTextAsync(config, Settings);
        var rabigh = ValueCatalogs.Create<Branch>([("Makkah", null), ("Jeddah", null), ("Taif", null), ("AlLith", null), ("AlQunfudhah", null), ("Rabigh", "رابغ")]);
        Assert.True(rabigh.TryParse("Rabigh", out var sixth));
        var services = ValueCatalogs.Create<ServiceType>([("Restoration", null), ("Roofing", "تسقيف")]);
        Assert.True(services.TryParse("Roofing", out var roofing));
        await SeedAsync(temp.Sub("data"), rabigh, sixth, services, roofing);

        foreach (var kind in new[] { "management", "board" })
        {
            var run = await CliRun.InvokeAsync(
                "report", "--config", config, "--data", temp.Sub("data"), "--period", "2026-10", "--kind", kind, "--format", "xlsx,docx", "--out", temp.Sub("out"));
            Assert.True(run.ExitCode == 0, run.Error);
        }

        var workbook = Path.Combine(temp.Sub("out"), "tarmeem-quality-2026-10.xlsx");
        Assert.Contains("رابغ", SheetText(workbook, "القنوات"), StringComparison.Ordinal);
        Assert.Contains("رابغ", SheetText(workbook, "جودة الإجراءات"), StringComparison.Ordinal);
        Assert.Contains("تسقيف", SheetText(workbook, "الحالات"), StringComparison.Ordinal);
        var management = WordText(Path.Combine(temp.Sub("out"), "tarmeem-management-2026-10.docx"));
        Assert.Contains("رابغ | ٣ |", management, StringComparison.Ordinal);
        var board = WordText(Path.Combine(temp.Sub("out"), "tarmeem-board-2026-10.docx"));
        Assert.Contains("رابغ ٣", board, StringComparison.Ordinal);
    }

    /// <summary>
    /// Three cases in the new branch and one in Makkah, written with the settings' catalog as sync would (the catalog
    /// set here ends with this method: it is per call flow).
    /// </summary>
    private static async Task SeedAsync(string dataDirectory, ValueCatalog<Branch> catalog, Branch sixth, ValueCatalog<ServiceType> services, ServiceType roofing)
    {
        ValueCatalogs.Use(catalog);
        ValueCatalogs.Use(services);
        await using var store = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = dataDirectory }, TimeProvider.System, CancellationToken.None);
        SupportCase Case(int i, Branch branch) => new()
        {
            CaseNumber = $"C-{i}", Channel = Channel.Phone, Branch = branch, ServiceType = ServiceType.Restoration,
            Received = new DateTimeOffset(2026, 10, 5 + i, 9, 0, 0, TimeSpan.Zero),
        };
        await store.UpsertCasesAsync([Case(1, sixth) with { ServiceType = roofing }, Case(2, sixth), Case(3, sixth), Case(4, Branch.Makkah)], CancellationToken.None);
    }

    private static string WordText(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var rows = body.Descendants<W.TableRow>().Select(r => string.Join(" | ", r.Elements<W.TableCell>().Select(c => c.InnerText.Trim())) + " |");
        var pictures = body.Descendants<Wp.DocProperties>().Select(p => p.Description?.Value ?? string.Empty);
        return string.Join('\n', rows.Concat(pictures));
    }

    private static string SheetText(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<S.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheet = workbook.Workbook.Sheets!.Elements<S.Sheet>().First(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return string.Join(' ', part.Worksheet.Descendants<S.Cell>().Select(c =>
            c.DataType?.Value == S.CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText));
    }
}
