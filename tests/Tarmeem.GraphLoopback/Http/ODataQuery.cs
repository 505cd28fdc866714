namespace Tarmeem.GraphLoopback.Http;

/// <summary>
/// Decoded query parameters. Graph accepts system options with or without '$' and the SDK may send '$' as
/// <c>%24</c>, so lookups ignore both the prefix and the case.
/// </summary>
public sealed class ODataQuery
{
    private readonly Dictionary<string, string> _values;

    private ODataQuery(Dictionary<string, string> values) => _values = values;

    public static ODataQuery Empty { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    public IReadOnlyDictionary<string, string> Values => _values;

    public static ODataQuery Parse(string? rawQuery)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(rawQuery))
        {
            return new ODataQuery(values);
        }

        foreach (var pair in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            values[Normalize(name)] = value;
        }

        return new ODataQuery(values);
    }

    public string? Get(string name) => _values.TryGetValue(Normalize(name), out var value) ? value : null;

    public ODataQuery Merge(ODataQuery overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var merged = new Dictionary<string, string>(_values, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in overrides._values)
        {
            merged[name] = value;
        }

        return new ODataQuery(merged);
    }

    public ODataQuery Without(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var kept = new Dictionary<string, string>(_values, StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            kept.Remove(Normalize(name));
        }

        return new ODataQuery(kept);
    }

    /// <summary>Re-encodes the options for a link such as a 410's <c>Location</c>.</summary>
    public string ToQueryString() =>
        _values.Count == 0
            ? string.Empty
            : "?" + string.Join('&', _values.Select(p => "$" + p.Key + "=" + Uri.EscapeDataString(p.Value)));

    private static string Normalize(string name) => name.TrimStart('$');

    private static string Decode(string raw) => Uri.UnescapeDataString(raw.Replace('+', ' '));
}
