using System.Globalization;
using System.Reflection;
using Tarmeem.Benchmarks.Running;

namespace Tarmeem.Benchmarks.Writers;

/// <summary>
/// <c>rows</c>: the same rows written by each writer, every run in a fresh process; prints a Markdown table
/// of medians. ClosedXML runs at its own (smaller) row count because it needs gigabytes per 100,000 rows;
/// the other writers are then timed at that count too, for a like-for-like line.
/// </summary>
internal static class RowsBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken ct)
    {
        var count = arguments.Count ?? 1_000_000;
        var closedXmlCount = arguments.Option("--closedxml-rows", 200_000);
        var runs = arguments.Option("--runs", 3);
        var folder = Directory.CreateTempSubdirectory("tarmeem-rows-bench").FullName;

        List<(string Writer, int Rows)> plan = [(RowWriters.Ours, count), (RowWriters.OursFastest, count), (RowWriters.MiniExcelName, count)];
        if (closedXmlCount != count)
        {
            plan.AddRange([(RowWriters.Ours, closedXmlCount), (RowWriters.MiniExcelName, closedXmlCount)]);
        }

        plan.Add(("closedxml", closedXmlCount));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; files in {folder}");
        Console.WriteLine("| writer | rows | runs (s) | median time | median peak RSS | file |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|");
        foreach (var (writer, rows) in plan)
        {
            var results = new List<ChildRun>();
            for (var run = 0; run < runs; run++)
            {
                var file = Path.Combine(folder, $"{writer}-{rows}.xlsx");
                results.Add(await ChildRun.StartAsync(Program(writer), Arguments(writer, rows, file), ct).ConfigureAwait(false));
            }

            var median = ChildRun.Median(results);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {writer} | {rows:N0} | {string.Join(", ", results.Select(r => r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} | {median.Elapsed.TotalSeconds:0.00} s | {median.PeakBytes / 1048576.0:0} MB | {median.FileBytes / 1048576.0:0.0} MB |"));
        }

        return 0;
    }

    private static string Program(string writer) => writer == "closedxml" ? "dotnet" : SelfHost().Program;

    private static IEnumerable<string> Arguments(string writer, int rows, string file)
    {
        var count = rows.ToString(CultureInfo.InvariantCulture);
        if (writer == "closedxml")
        {
            return [ClosedXmlAssembly(), count, file];
        }

        return [.. SelfHost().Prefix, "rows-one", writer, count, file];
    }

    /// <summary>How to start this program again: its apphost, or <c>dotnet</c> with its assembly.</summary>
    private static (string Program, string[] Prefix) SelfHost()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the running executable.");
        return Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? (path, [Assembly.GetExecutingAssembly().Location])
            : (path, []);
    }

    private static string ClosedXmlAssembly()
    {
        var path = Path.GetFullPath(Path.Combine(
            AppContext.BaseDirectory, "..", "..", "..", "..", "Tarmeem.Benchmarks.ClosedXml", "bin", "Release", "net10.0", "Tarmeem.Benchmarks.ClosedXml.dll"));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"The ClosedXML benchmark is not built at {path}. Run: dotnet build -c Release tests/Tarmeem.Benchmarks.ClosedXml", path);
    }
}
