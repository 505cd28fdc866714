namespace Tarmeem.Core.Domain;

/// <summary>
/// The eight intake channels of the policy, in the policy's own order, plus <see cref="Unspecified"/>
/// for a record whose channel could not be mapped. Reports list all of them, zero rows included.
/// </summary>
public enum Channel
{
    /// <summary>«غير محدد»: the source value mapped to no channel; always a data-quality finding.</summary>
    Unspecified = 0,
    InPerson = 1,
    Phone = 2,
    SocialMedia = 3,
    Letter = 4,
    AssistanceRequest = 5,
    Volunteering = 6,
    Website = 7,
    BranchRepresentative = 8,
}
