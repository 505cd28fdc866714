using Tarmeem.Host.Graph;

namespace Tarmeem.Host.Sync;

/// <summary>Compares a source's column mapping with the list's real columns; each problem names the key to fix.</summary>
internal static class ColumnVerifier
{
    public static IReadOnlyList<string> Problems(ListSource source, IReadOnlyList<ListColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(columns);
        var problems = new List<string>();
        foreach (var field in source.Fields)
        {
            if (source.Column(field.Name) is not { } name)
            {
                continue;
            }

            var column = columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                var byDisplayName = columns.FirstOrDefault(c => string.Equals(c.DisplayName, name, StringComparison.Ordinal));
                problems.Add(byDisplayName is null
                    ? $"{source.ColumnKey(field.Name)} names column '{name}', which list '{source.Options.List}' does not have (renamed or deleted?): set it to the column's internal name; tarmeem check lists them."
                    : $"{source.ColumnKey(field.Name)} is '{name}', a display name: set it to the column's internal name '{byDisplayName.Name}'.");
            }
            else if (!field.AcceptedTypes.Contains(column.Type, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(
                    $"{source.ColumnKey(field.Name)} names column '{name}', a {column.Type} column, but {field.Name} needs a {string.Join(" or ", field.AcceptedTypes)} column: point it at the right column.");
            }
        }

        return problems;
    }
}
