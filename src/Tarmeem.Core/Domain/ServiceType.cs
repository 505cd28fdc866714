namespace Tarmeem.Core.Domain;

/// <summary>What a support case asks the association to do for a home.</summary>
public enum ServiceType
{
    Unspecified = 0,
    Restoration = 1,
    Maintenance = 2,
    Furnishing = 3,
    Accessibility = 4,
    Development = 5,
}
