namespace Tarmeem.GraphLoopback.Http;

/// <summary>One item of <c>$expand</c>, e.g. <c>fields($select=Title,Status)</c>.</summary>
/// <param name="Name">The navigation property.</param>
/// <param name="Select">Nested <c>$select</c>, or null when everything is wanted.</param>
/// <param name="Filter">Nested <c>$filter</c> text, or null.</param>
public sealed record ExpandClause(string Name, IReadOnlyList<string>? Select, string? Filter)
{
    /// <summary>Parses a whole <c>$expand</c> value; commas inside parentheses belong to the nested options.</summary>
    public static IReadOnlyList<ExpandClause> ParseAll(string? expand)
    {
        var clauses = new List<ExpandClause>();
        if (string.IsNullOrWhiteSpace(expand))
        {
            return clauses;
        }

        foreach (var part in SplitTopLevel(expand, ','))
        {
            clauses.Add(ParseOne(part.Trim()));
        }

        return clauses;
    }

    public static IReadOnlyList<string>? ParseSelect(string? select) =>
        string.IsNullOrWhiteSpace(select)
            ? null
            : select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static ExpandClause ParseOne(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !text.EndsWith(')'))
        {
            return new ExpandClause(text, null, null);
        }

        IReadOnlyList<string>? select = null;
        string? filter = null;
        foreach (var option in SplitTopLevel(text[(open + 1)..^1], ';'))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var name = option[..equals].Trim().TrimStart('$');
            var value = option[(equals + 1)..].Trim();
            if (name.Equals("select", StringComparison.OrdinalIgnoreCase))
            {
                select = ParseSelect(value);
            }
            else if (name.Equals("filter", StringComparison.OrdinalIgnoreCase))
            {
                filter = value;
            }
        }

        return new ExpandClause(text[..open].Trim(), select, filter);
    }

    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        var inQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c == '(')
            {
                depth++;
            }
            else if (!inQuote && c == ')')
            {
                depth--;
            }
            else if (!inQuote && depth == 0 && c == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts.Where(p => p.Trim().Length > 0).ToList();
    }
}
