using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>«جودة الإجراءات»: referrals, incomplete files and decisions, overall and per branch.</summary>
internal static class ProcessQualitySheet
{
    public static SheetLayout Build(QualityReport report)
    {
        var layout = SheetLayout.Titled("Sheet_ProcessQuality", report, [32, 16, 16, 20, 14, 20]);
        var process = report.ProcessQuality;

        layout.AddBlockTitle(H("Block_ProcessOverall"));
        layout.AddTable(
            "ProcessOverall",
            [H("Col_Item"), H("Col_Count"), H("Col_Rate")],
            [
                [Cell.Of(H("Row_CasesReceived")), Cell.Of(process.CasesReceived, CellStyle.Integer), Cell.Empty],
                [Cell.Of(H("Row_Referred")), Cell.Of(process.Referred, CellStyle.Integer), Cell.Of(process.ReferredShare, CellStyle.Percent)],
                [Cell.Of(H("Row_Incomplete")), Cell.Of(process.Incomplete, CellStyle.Integer), Cell.Of(process.IncompleteShare, CellStyle.Percent)],
                [Cell.Of(H("Row_Accepted")), Cell.Of(process.Accepted, CellStyle.Integer), Cell.Of(process.AcceptanceRate, CellStyle.Percent)],
                [Cell.Of(H("Row_Rejected")), Cell.Of(process.Rejected, CellStyle.Integer), Cell.Empty],
            ]);

        layout.AddBlockTitle(H("Block_ProcessByBranch"));
        layout.AddTable(
            "ProcessByBranch",
            [H("Col_Branch"), H("Col_CasesReceived"), H("Col_ReferredShare"), H("Col_IncompleteShare"), H("Col_AcceptanceRate"), H("Col_DecisionWithinStandard")],
            [.. process.ByBranch.Select(b => new[]
            {
                Cell.Of(ArabicLabels.For(b.Branch)),
                Cell.Of(b.CasesReceived, CellStyle.Integer),
                Cell.Of(b.ReferredShare, CellStyle.Percent),
                Cell.Of(b.IncompleteShare, CellStyle.Percent),
                Cell.Of(b.AcceptanceRate, CellStyle.Percent),
                Cell.Of(b.DecisionWithinStandardShare, CellStyle.Percent),
            })]);
        return layout;
    }

    private static string H(string key) => WorkbookText.Get(key);
}
