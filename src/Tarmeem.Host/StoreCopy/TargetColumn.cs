namespace Tarmeem.Host.StoreCopy;

/// <summary>A column of the PostgreSQL target as information_schema describes it.</summary>
internal sealed record TargetColumn(string Name, string DataType, bool Generated, bool Identity);
