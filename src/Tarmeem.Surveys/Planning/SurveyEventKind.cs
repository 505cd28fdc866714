namespace Tarmeem.Surveys.Planning;

/// <summary>What happened that a beneficiary may be asked about.</summary>
public enum SurveyEventKind
{
    InquiryResolved = 1,
    CaseDelivered = 2,
    CaseRejected = 3,
}
