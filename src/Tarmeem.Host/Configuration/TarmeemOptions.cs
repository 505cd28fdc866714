namespace Tarmeem.Host.Configuration;

/// <summary>
/// The service's own settings, section <c>Tarmeem</c>. Every key can be set in the JSON file given with
/// <c>--config</c> or overridden by an environment variable (<c>TARMEEM__Data__Directory</c>, …).
/// </summary>
internal sealed class TarmeemOptions
{
    public const string Section = "Tarmeem";

    public DataOptions Data { get; set; } = new();

    public ReportOptions Reports { get; set; } = new();

    public CalendarOptions Calendar { get; set; } = new();

    /// <summary>The branches, in report order; empty means today's five (Makkah, Jeddah, Taif, AlLith, AlQunfudhah).</summary>
    public IList<ListValueOptions> Branches { get; } = [];

    /// <summary>The service types, in report order; empty means the built-in five (Restoration … Development).</summary>
    public IList<ListValueOptions> ServiceTypes { get; } = [];
}
