using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Metrics;
using Tarmeem.Reporting.Model;
using static Tarmeem.Reporting.Tests.Metrics.MetricsTestData;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class DataQualityTests
{
    [Theory]
    [InlineData(DataQualityKind.CaseUnmappedChannel, 1, "C09")]
    [InlineData(DataQualityKind.InquiryUnmappedChannel, 1, "I07")]
    [InlineData(DataQualityKind.CaseMissingReceived, 1, "C10")]
    [InlineData(DataQualityKind.InquiryMissingReceived, 1, "I08")]
    [InlineData(DataQualityKind.CaseStepsOutOfOrder, 1, "C09")]
    [InlineData(DataQualityKind.InquiryResponseBeforeReceipt, 1, "I07")]
    [InlineData(DataQualityKind.UnspecifiedBranch, 2, "C09,I06")]
    [InlineData(DataQualityKind.Quarantined, 2, "cases/17,inquiries/42")]
    public void Compute_EachKind_CountedWithExamples(DataQualityKind kind, int count, string examples)
    {
        var finding = ComputeOctober().DataQuality.Findings.Single(f => f.Kind == kind);

        Assert.Equal(count, finding.Count);
        Assert.Equal(examples.Split(','), finding.Examples);
    }

    [Fact]
    public void Compute_Findings_EveryKindListedInOrder()
    {
        var quality = ComputeOctober().DataQuality;

        Assert.Equal(Enum.GetValues<DataQualityKind>(), quality.Findings.Select(f => f.Kind));
        Assert.Equal(10, quality.Total);
    }

    [Fact]
    public void Compute_UnmappedChannelAndHeldRecords_DetailNamesTheRawTextsAndTheProblemsInArabic()
    {
        var findings = ComputeOctober().DataQuality.Findings.ToDictionary(f => f.Kind);

        Assert.Equal("«واتساب» ×1", findings[DataQualityKind.CaseUnmappedChannel].Detail);
        Assert.Equal("«فاكس» ×1", findings[DataQualityKind.InquiryUnmappedChannel].Detail);
        // The operator's English sentence never reaches the document: the kind of problem does, with its column.
        Assert.Equal(
            "«سبب آخر (تفصيله في مخرجات المزامنة لدى مشغّل النظام)» ×1، «قيمة ليست تاريخاً أو وقتاً صالحاً، العمود Received» ×1",
            findings[DataQualityKind.Quarantined].Detail);
    }

    [Fact]
    public void Compute_ManyProblems_KeepsTenSmallestIdsAndCountsAll()
    {
        var cases = Enumerable.Range(1, 25)
            .Select(i => new SupportCase { CaseNumber = $"N{26 - i:00}", Channel = Channel.Phone, Branch = Branch.Makkah })
            .ToArray();
        var report = new QualityMetricsCalculator(new MetricsOptions(), Calendar)
            .Compute(new ServiceRecords { Cases = cases }, October, GeneratedAt);

        var missing = report.DataQuality.Findings.Single(f => f.Kind == DataQualityKind.CaseMissingReceived);
        Assert.Equal(25, missing.Count);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"N{i:00}"), missing.Examples);
        Assert.Equal(0, report.Current.CasesReceived);
    }

    [Fact]
    public void StepsOutOfOrder_DecisionBeforeSubmission_Detected()
    {
        var c = new SupportCase
        {
            CaseNumber = "X",
            Channel = Channel.Phone,
            Branch = Branch.Makkah,
            Received = L(2026, 10, 1, 9),
            SubmittedToCommittee = L(2026, 10, 5, 9),
            DecisionAt = L(2026, 10, 4, 9),
        };

        Assert.True(DataQualityBuilder.StepsOutOfOrder(c));
        Assert.False(DataQualityBuilder.StepsOutOfOrder(c with { DecisionAt = L(2026, 10, 5, 9) }));
    }
}
