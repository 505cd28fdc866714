namespace Tarmeem.Reporting.Charts;

/// <summary>Breaks a category label into lines at spaces so that each fits the width of its slot.</summary>
internal static class CategoryLabelWrapper
{
    /// <summary>Lines in reading order, greedy: as many words on the first line as fit.</summary>
    public static IReadOnlyList<string> Wrap(string text, float maxWidth, Func<string, float> measure)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && measure(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
