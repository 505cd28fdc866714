namespace Tarmeem.Host.Configuration;

/// <summary>
/// One branch of the association (<c>Tarmeem:Branches</c>, in report order): its code, as the store and the sources'
/// value maps name it, and its Arabic label. Leaving the list empty keeps today's five branches.
/// </summary>
public sealed class BranchOptions
{
    public string Code { get; set; } = string.Empty;

    /// <summary>The Arabic label reports show; may be left empty for one of the five built-in codes.</summary>
    public string? Label { get; set; }
}
