namespace Tarmeem.Host.Configuration;

/// <summary>Section <c>Tarmeem:Data</c>: where the embedded store keeps its file.</summary>
public sealed class DataOptions
{
    /// <summary>The folder of the SQLite store (<c>tarmeem.db</c>); created if missing.</summary>
    public string Directory { get; set; } = "data";
}
