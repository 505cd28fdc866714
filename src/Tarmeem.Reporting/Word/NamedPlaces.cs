namespace Tarmeem.Reporting.Word;

/// <summary>
/// The tags of the content controls the generator fills (see templates/README.md). A template must hold
/// every place of its kind; everything else in it is kept as the staff wrote it.
/// </summary>
public static class NamedPlaces
{
    public const string HeaderDate = "header.date";
    public const string CoverPeriod = "cover.period";
    public const string CoverDate = "cover.date";
    public const string Summary = "summary";
    public const string Kpis = "kpis";
    public const string Channels = "channels";
    public const string ChannelsByBranch = "channels.branches";
    public const string ResponseTimes = "response";
    public const string Aging = "aging";
    public const string OpenCases = "open-cases";
    public const string Compliance = "compliance";
    public const string Satisfaction = "satisfaction";
    public const string SatisfactionByChannel = "satisfaction.channels";
    public const string Comments = "comments";
    public const string ProcessQuality = "process";
    public const string DataQuality = "data-quality";
    public const string ChannelMix = "channel-mix";
    public const string ChartChannels = "charts.channels";
    public const string ChartTrend = "charts.trend";
    public const string ChartResponse = "charts.response";
    public const string ChartSatisfaction = "charts.satisfaction";
    public const string ChartChannelBranch = "charts.channel-branch";

    /// <summary>The board report's suggested recommendations, which the reviewer keeps, edits or deletes in Word.</summary>
    public const string Recommendations = "recommendations";

    public static IReadOnlyList<NamedPlace> Management { get; } =
    [
        Text(HeaderDate), Text(CoverPeriod), Text(CoverDate),
        Block(Summary), Block(Kpis), Block(ChartTrend),
        Block(Channels), Block(ChartChannels), Block(ChannelsByBranch), Block(ChartChannelBranch),
        Block(ResponseTimes), Block(ChartResponse), Block(Aging), Block(OpenCases),
        Block(Satisfaction), Block(ChartSatisfaction), Block(SatisfactionByChannel), Block(Comments),
        Block(ProcessQuality), Block(DataQuality),
    ];

    public static IReadOnlyList<NamedPlace> Board { get; } =
    [
        Text(HeaderDate), Text(CoverPeriod), Text(CoverDate),
        Block(Summary), Block(Kpis), Block(ChartTrend),
        Block(Compliance), Block(ChartResponse),
        Block(Satisfaction), Block(ChartSatisfaction),
        Block(ChannelMix), Block(ChartChannels), Block(ChartChannelBranch),
        Block(Recommendations),
    ];

    public static IReadOnlyList<NamedPlace> For(ReportKind kind) => kind switch
    {
        ReportKind.Management => Management,
        ReportKind.Board => Board,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown report kind."),
    };

    private static NamedPlace Text(string tag) => new(tag, PlaceForm.Text);

    private static NamedPlace Block(string tag) => new(tag, PlaceForm.Block);
}
