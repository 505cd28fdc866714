namespace Tarmeem.Host.StoreCopy;

/// <summary>A column of a source table: its declared SQLite type, and whether the database computes it (not written).</summary>
internal sealed record CopyColumn(string Name, string Type, bool Generated)
{
    public bool IsText => string.Equals(Type, "TEXT", StringComparison.OrdinalIgnoreCase);
}
