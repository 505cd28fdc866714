namespace Tarmeem.Reporting.Model;

/// <summary>The kinds of data problem the reports count.</summary>
public enum DataQualityKind
{
    CaseUnmappedChannel = 1,
    InquiryUnmappedChannel = 2,
    CaseMissingReceived = 3,
    InquiryMissingReceived = 4,
    CaseStepsOutOfOrder = 5,
    InquiryResponseBeforeReceipt = 6,
    UnspecifiedBranch = 7,
    Quarantined = 8,
}
