using System.Globalization;

namespace Tarmeem.Benchmarks.Running;

/// <summary>A positional count and <c>--name value</c> options: whole numbers where a count is asked, else text.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public int? Count { get; private set; }

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i];
                parsed._options[name] = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value, e.g. {name} 3.");
            }
            else
            {
                parsed.Count = Positive("the row count", args[i]);
            }
        }

        return parsed;
    }

    public static int Positive(string what, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{what}: '{text}' is not a positive whole number; give e.g. 1000000.");

    public int Option(string name, int fallback) => _options.TryGetValue(name, out var value) ? Positive(name, value) : fallback;

    public string? Text(string name) => _options.GetValueOrDefault(name);
}
