using System.Diagnostics;
using System.IO.Compression;
using MiniExcelLibs;
using Tarmeem.Benchmarks.Rows;
using Tarmeem.Benchmarks.Running;
using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Excel;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Benchmarks.Writers;

/// <summary>The writers timed in this process: ours and MiniExcel (ClosedXML has its own program).</summary>
internal static class RowWriters
{
    public const string Ours = "ours";

    /// <summary>Ours with the fastest Deflate instead of the default (optimal): shows what compression costs.</summary>
    public const string OursFastest = "ours-fastest";
    public const string MiniExcelName = "miniexcel";

    public static int RunOne(string writer, string countText, string file)
    {
        var count = BenchArguments.Positive("the row count", countText);
        Action<Stream> write = writer switch
        {
            Ours => output => QualityWorkbookWriter.WriteCaseRows(BenchRowGenerator.Generate(count).Select(ToCaseRow), output, CancellationToken.None),
            OursFastest => output => QualityWorkbookWriter.WriteCaseRows(
                BenchRowGenerator.Generate(count).Select(ToCaseRow), output, new WorkbookOptions { Compression = CompressionLevel.Fastest }, CancellationToken.None),
            MiniExcelName => output => output.SaveAs(BenchRowGenerator.Generate(count).Select(FlatRow.From), sheetName: "الحالات"),
            _ => throw new ArgumentException($"Unknown writer '{writer}'; use {Ours}, {OursFastest} or {MiniExcelName}."),
        };

        var stopwatch = Stopwatch.StartNew();
        using (var output = File.Create(file))
        {
            write(output);
        }

        stopwatch.Stop();
        Console.WriteLine(Measurement.Line(stopwatch.Elapsed, file));
        return 0;
    }

    private static CaseRow ToCaseRow(BenchRow row) => new()
    {
        CaseNumber = row.CaseNumber,
        Channel = (Channel)row.Channel,
        RawChannel = row.RawChannel,
        Branch = (Branch)row.Branch,
        ServiceType = (ServiceType)row.ServiceType,
        Received = row.Received,
        DataVerified = row.DataVerified,
        ReferredToResearcher = row.ReferredToResearcher,
        Attested = row.Attested,
        SubmittedToCommittee = row.SubmittedToCommittee,
        DecisionOn = row.DecisionOn,
        Decision = (CaseDecision)row.Decision,
        DaysToDecision = row.DaysToDecision,
        BusinessDaysToDecision = row.BusinessDaysToDecision,
        DecidedWithinStandard = row.DecidedWithinStandard,
        RegistrationCompleted = row.RegistrationCompleted,
        ServiceDelivered = row.ServiceDelivered,
        DaysToDelivery = row.DaysToDelivery,
        IncompleteApplication = row.IncompleteApplication,
        SurveyScore = row.SurveyScore,
    };
}
