using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Tests.Charts;

/// <summary>The chart shapes the Word report draws (every kind once at least), with fixed data.</summary>
internal static class ExampleCharts
{
    public static CategoryChart ChannelVolumes { get; } = new()
    {
        Title = "عدد الطلبات حسب قناة الاستقبال – أكتوبر 2026",
        AltText = "أعمدة لعدد الطلبات في كل قناة من القنوات التسع، أعلاها الاتصالات الهاتفية",
        Kind = ChartKind.Bar,
        Categories = [.. ChannelCatalog.AllForReports.Select(ArabicLabels.For)],
        Series = [new("الطلبات", [412, 1250, 388, 96, 740, 57, 903, 214, 31])],
        ValueAxisTitle = "عدد الطلبات",
    };

    public static CategoryChart MonthlyTrend { get; } = new()
    {
        Title = "الاتجاه الشهري للطلبات (٢٠٢٦ مقارنة بـ ٢٠٢٥)",
        AltText = "خطان لعدد الطلبات الشهري في ٢٠٢٦ و٢٠٢٥",
        Kind = ChartKind.Line,
        Categories = [.. Enumerable.Range(1, 12).Select(ArabicLabels.MonthName)],
        Series =
        [
            new("٢٠٢٦", [310, 295, 402, 388, 450, 512, 470, 430, 515, 560, 498, 530]),
            new("٢٠٢٥", [280, 260, 300, 350, 390, 420, 410, 400, 450, 470, 460, 480]),
        ],
        ValueAxisTitle = "عدد الطلبات",
    };

    public static CategoryChart ResponseTimes { get; } = new()
    {
        Title = "توزيع مدة البت في الطلبات مقابل معيار ١٤ يوماً",
        AltText = "أعمدة لعدد الطلبات في كل فئة من فئات مدة البت، وخط يفصل ما تجاوز ١٤ يوماً",
        Kind = ChartKind.Bar,
        Categories = ["٠–٣ أيام", "٤–٧ أيام", "٨–١٤ يوماً", "١٥–٢١ يوماً", "٢٢–٢٨ يوماً", "أكثر من ٢٨ يوماً"],
        Series = [new("الطلبات", [120, 210, 165, 64, 22, 9])],
        ValueAxisTitle = "عدد الطلبات",
        ReferenceLine = ChartReferenceLine.AfterCategory(2, "المعيار: ١٤ يوماً"),
    };

    public static CategoryChart Satisfaction { get; } = new()
    {
        Title = "توزيع درجات الرضا العام (٤٥٪ راضون جداً)",
        AltText = "أعمدة لنسبة المستجيبين عند كل درجة من درجات الرضا الخمس",
        Kind = ChartKind.Bar,
        Categories = ["١ – غير راضٍ إطلاقاً", "٢", "٣", "٤", "٥ – راضٍ جداً"],
        Series = [new("النسبة", [0.04, 0.06, 0.15, 0.30, 0.45])],
        ValueAxisTitle = "نسبة المستجيبين",
        ValueFormat = ChartValueFormat.Percent,
    };

    public static CategoryChart ChannelsByBranch { get; } = new()
    {
        Title = "الطلبات حسب القناة والفرع",
        AltText = "أعمدة مكدسة لكل قناة، مقسمة على الفروع الخمسة",
        Kind = ChartKind.StackedBar,
        Categories = [.. ChannelCatalog.AllForReports.Select(ArabicLabels.For)],
        Series =
        [
            .. ChannelCatalog.Branches.Select((branch, b) => new ChartSeries(
                ArabicLabels.For(branch),
                [.. Enumerable.Range(0, 9).Select(c => (double)(((c * 37) + (b * 53)) % 90) + 10)])),
        ],
        ValueAxisTitle = "عدد الطلبات",
    };

    public static CategoryChart BranchesByMonth { get; } = new()
    {
        Title = "الطلبات الشهرية في الربع الثالث حسب الفرع",
        AltText = "أعمدة متجاورة لطلبات ثلاثة فروع في كل شهر من الربع الثالث، وخط للهدف الشهري",
        Kind = ChartKind.GroupedBar,
        Categories = [.. Enumerable.Range(7, 3).Select(ArabicLabels.MonthName)],
        Series =
        [
            new(ArabicLabels.For(Branch.Makkah), [410, 520, 480]),
            new(ArabicLabels.For(Branch.Jeddah), [380, 300, 455]),
            new(ArabicLabels.For(Branch.Taif), [120, 140, 133]),
        ],
        ValueAxisTitle = "عدد الطلبات",
        CategoryAxisTitle = "الشهر",
        ReferenceLine = ChartReferenceLine.AtValue(450, "الهدف الشهري (٤٥٠ طلباً)"),
    };

    public static IReadOnlyDictionary<string, CategoryChart> All { get; } = new Dictionary<string, CategoryChart>
    {
        ["channels"] = ChannelVolumes,
        ["monthly-trend"] = MonthlyTrend,
        ["response-times"] = ResponseTimes,
        ["satisfaction"] = Satisfaction,
        ["channels-by-branch"] = ChannelsByBranch,
        ["branches-by-month"] = BranchesByMonth,
    };
}
