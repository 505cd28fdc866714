using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>
/// The shares the sample is drawn from, in one place so that they can be read and tuned together.
/// They imitate the association's own mix: walk-ins and phone calls dominate, volunteering is small,
/// Makkah and Jeddah carry most of the load.
/// </summary>
internal static class SampleMix
{
    /// <summary>Yearly volumes at scale 1 for the twelve months up to the last month.</summary>
    public const double CasesPerYear = 6_000;

    public const double InquiriesPerYear = 15_000;

    /// <summary>The year before the main year, relative to it, so that "same period last year" has data.</summary>
    public const double PreviousYearVolume = 0.85;

    public static WeightedChoice<Channel> CaseChannels { get; } = new(
        (Channel.InPerson, 27),
        (Channel.Phone, 20),
        (Channel.SocialMedia, 6),
        (Channel.Letter, 5),
        (Channel.AssistanceRequest, 16),
        (Channel.Volunteering, 3),
        (Channel.Website, 14),
        (Channel.BranchRepresentative, 9));

    public static WeightedChoice<Channel> InquiryChannels { get; } = new(
        (Channel.InPerson, 20),
        (Channel.Phone, 32),
        (Channel.SocialMedia, 12),
        (Channel.Letter, 4),
        (Channel.AssistanceRequest, 9),
        (Channel.Volunteering, 3),
        (Channel.Website, 14),
        (Channel.BranchRepresentative, 6));

    public static WeightedChoice<Branch> Branches { get; } = new(
        (Branch.Makkah, 33),
        (Branch.Jeddah, 30),
        (Branch.Taif, 18),
        (Branch.AlLith, 10),
        (Branch.AlQunfudhah, 9));

    /// <summary>Branch representatives exist for the offices far from the city centres.</summary>
    public static WeightedChoice<Branch> RepresentativeBranches { get; } = new(
        (Branch.Makkah, 14),
        (Branch.Jeddah, 14),
        (Branch.Taif, 24),
        (Branch.AlLith, 24),
        (Branch.AlQunfudhah, 24));

    public static WeightedChoice<ServiceType> ServiceTypes { get; } = new(
        (ServiceType.Restoration, 35),
        (ServiceType.Maintenance, 30),
        (ServiceType.Furnishing, 15),
        (ServiceType.Accessibility, 12),
        (ServiceType.Development, 8));

    public static WeightedChoice<InquiryCategory> InquiryCategories { get; } = new(
        (InquiryCategory.ServiceInformation, 30),
        (InquiryCategory.ApplicationStatus, 28),
        (InquiryCategory.Eligibility, 18),
        (InquiryCategory.Complaint, 7),
        (InquiryCategory.Suggestion, 5),
        (InquiryCategory.Volunteering, 4),
        (InquiryCategory.Other, 8));

    /// <summary>
    /// The share of a channel's records that arrive during office hours on working days; the rest can
    /// arrive at any hour, weekends included (forms and messages are sent from home).
    /// </summary>
    public static double OfficeHoursShare(Channel channel) => channel switch
    {
        Channel.Website or Channel.SocialMedia => 0.0,
        Channel.AssistanceRequest => 0.7,
        Channel.Volunteering => 0.6,
        _ => 1.0,
    };

    public static WeightedChoice<Branch> BranchesFor(Channel channel) =>
        channel == Channel.BranchRepresentative ? RepresentativeBranches : Branches;

    /// <summary>Survey response rate by channel: people met in person answer more than those who wrote in.</summary>
    public static double ResponseRate(Channel channel) => channel switch
    {
        Channel.InPerson => 0.45,
        Channel.Phone => 0.40,
        Channel.SocialMedia => 0.33,
        Channel.Letter => 0.31,
        Channel.AssistanceRequest => 0.44,
        Channel.Volunteering => 0.48,
        Channel.Website => 0.38,
        Channel.BranchRepresentative => 0.36,
        _ => 0.30,
    };
}
