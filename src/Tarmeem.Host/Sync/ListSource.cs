using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Sync;

/// <summary>A configured list source: its name in the store, its configuration key, its record kind and mapping.</summary>
internal sealed record ListSource(string Name, string ConfigKey, SyncRecordKind Kind, ListSourceOptions Options, IReadOnlyList<SourceField> Fields)
{
    public const string CasesName = "cases";
    public const string InquiriesName = "inquiries";

    /// <summary>The configured list sources, cases first.</summary>
    public static IReadOnlyList<ListSource> From(SourcesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sources = new List<ListSource>();
        if (options.Cases is { } cases)
        {
            sources.Add(new ListSource(CasesName, SourcesOptions.Section + ":Cases", SyncRecordKind.Case, cases, SourceFields.Cases));
        }

        if (options.Inquiries is { } inquiries)
        {
            sources.Add(new ListSource(InquiriesName, SourcesOptions.Section + ":Inquiries", SyncRecordKind.Inquiry, inquiries, SourceFields.Inquiries));
        }

        return sources;
    }

    /// <summary>The internal column name mapped to a field, or null when the field is not mapped.</summary>
    public string? Column(string field) =>
        Options.Columns.TryGetValue(field, out var column) && !string.IsNullOrWhiteSpace(column) ? column.Trim() : null;

    /// <summary>The key that maps a field, e.g. <c>Tarmeem:Sources:Cases:Columns:Received</c>.</summary>
    public string ColumnKey(string field) => ConfigKey + ":Columns:" + field;

    /// <summary>Every mapped column, once: what the delta asks for and nothing else.</summary>
    public IReadOnlyList<string> SelectedColumns =>
        Fields.Select(f => Column(f.Name)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
