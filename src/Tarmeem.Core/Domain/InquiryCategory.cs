namespace Tarmeem.Core.Domain;

/// <summary>What an inquiry is about, as the inquiry log classifies it.</summary>
public enum InquiryCategory
{
    Other = 0,
    ServiceInformation = 1,
    ApplicationStatus = 2,
    Eligibility = 3,
    Complaint = 4,
    Suggestion = 5,
    Volunteering = 6,
}
