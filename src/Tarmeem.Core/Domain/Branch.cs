namespace Tarmeem.Core.Domain;

/// <summary>The association's offices in the Makkah region.</summary>
public enum Branch
{
    /// <summary>The source named no branch, or one we do not know.</summary>
    Unspecified = 0,
    Makkah = 1,
    Jeddah = 2,
    Taif = 3,
    AlLith = 4,
    AlQunfudhah = 5,
}
