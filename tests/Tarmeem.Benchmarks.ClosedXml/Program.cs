using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Tarmeem.Benchmarks.Rows;

// Usage: Tarmeem.Benchmarks.ClosedXml <rows> <output.xlsx>. Prints one RESULT line (see Measurement).
if (args.Length != 2 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
{
    await Console.Error.WriteLineAsync("Usage: Tarmeem.Benchmarks.ClosedXml <rows (a positive whole number)> <output.xlsx>").ConfigureAwait(false);
    return 2;
}

var file = args[1];
var stopwatch = Stopwatch.StartNew();
using (var workbook = new XLWorkbook())
{
    var sheet = workbook.Worksheets.Add("الحالات");
    sheet.RightToLeft = true;

    // InsertTable is ClosedXML's bulk path: a header row from the property names, then one row per item.
    sheet.Cell(1, 1).InsertTable(BenchRowGenerator.Generate(count).Select(FlatRow.From), "Cases", createTable: true);
    using var output = File.Create(file);
    workbook.SaveAs(output);
}

stopwatch.Stop();
Console.WriteLine(Measurement.Line(stopwatch.Elapsed, file));
return 0;
