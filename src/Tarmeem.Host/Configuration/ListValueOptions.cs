namespace Tarmeem.Host.Configuration;

/// <summary>
/// One branch (<c>Tarmeem:Branches</c>) or service type (<c>Tarmeem:ServiceTypes</c>), in report order: its code, as the
/// store and the sources' value maps name it, and its Arabic label. Leaving a list empty keeps the built-in values.
/// </summary>
internal sealed class ListValueOptions
{
    public string Code { get; set; } = string.Empty;

    /// <summary>The Arabic label reports show; may be left empty for a built-in code.</summary>
    public string? Label { get; set; }
}
