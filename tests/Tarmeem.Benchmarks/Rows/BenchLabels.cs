using System.Globalization;

namespace Tarmeem.Benchmarks.Rows;

/// <summary>
/// The row sheet's texts for writers that cannot load our resources (MiniExcel, ClosedXML): copies of
/// Core's Labels.resx values as of 2026-11-24, so that every writer stores the same strings. Benchmark data only.
/// </summary>
internal static class BenchLabels
{
    private static readonly UmAlQuraCalendar Hijri = new();

    // Our writer caches the Hijri text per day; the others get the same help so only writing is compared.
    private static readonly Dictionary<int, string> HijriByDay = [];

    public static IReadOnlyList<string> Channels { get; } =
    [
        "غير محدد", "المقابلة", "الاتصالات الهاتفية", "وسائل التواصل الاجتماعي", "الخطابات",
        "خدمات طلب المساعدة", "خدمة التطوع", "الموقع الالكتروني للجمعية", "مناديب المكاتب الفرعية",
    ];

    public static IReadOnlyList<string> Branches { get; } = ["غير محدد", "مكة المكرمة", "جدة", "الطائف", "الليث", "القنفذة"];

    public static IReadOnlyList<string> ServiceTypes { get; } =
        ["غير محدد", "ترميم المنزل", "صيانة", "تأثيث", "تهيئة لذوي الإعاقة", "تطوير المسكن"];

    public static IReadOnlyList<string> Decisions { get; } = ["قيد الدراسة", "مقبول", "مرفوض"];

    public static IReadOnlyList<string> Headers { get; } =
    [
        "رقم الحالة", "القناة", "القناة كما وردت", "الفرع", "نوع الخدمة", "تاريخ الاستلام", "تاريخ الاستلام (هجري)",
        "تاريخ التحقق من البيانات", "تاريخ الإحالة للباحث", "تاريخ الاعتماد", "تاريخ الرفع للجنة", "تاريخ القرار",
        "القرار", "أيام حتى القرار", "أيام عمل حتى القرار", "ضمن المعيار", "تاريخ اكتمال التسجيل",
        "تاريخ تقديم الخدمة", "أيام حتى التقديم", "طلب غير مكتمل", "درجة الرضا",
    ];

    public static string YesNo(bool value) => value ? "نعم" : "لا";

    /// <summary>The Hijri date as our sheet writes it: «1447/05/10 هـ».</summary>
    public static string HijriText(DateOnly date)
    {
        if (!HijriByDay.TryGetValue(date.DayNumber, out var text))
        {
            var day = date.ToDateTime(TimeOnly.MinValue);
            text = string.Create(
                CultureInfo.InvariantCulture,
                $"{Hijri.GetYear(day):0000}/{Hijri.GetMonth(day):00}/{Hijri.GetDayOfMonth(day):00} هـ");
            HijriByDay.Add(date.DayNumber, text);
        }

        return text;
    }
}
