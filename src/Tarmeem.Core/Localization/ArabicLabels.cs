using System.Globalization;
using System.Resources;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;

namespace Tarmeem.Core.Localization;

/// <summary>
/// The Arabic words reports and messages show for domain values. The words live in
/// <c>Labels.resx</c> (neutral language Arabic) so that staff wording changes do not touch code.
/// </summary>
public static class ArabicLabels
{
    private static readonly ResourceManager Resources = new("Tarmeem.Core.Localization.Labels", typeof(ArabicLabels).Assembly);

    public static string For(Channel channel) => Get($"Channel_{channel}");

    /// <summary>The branch's label in the catalog in use (<see cref="ValueCatalog{TEnum}"/>; configured labels win).</summary>
    public static string For(Branch branch) => ValueCatalogs.Current<Branch>().Label(branch);

    /// <summary>The service type's label in the catalog in use (configured labels win).</summary>
    public static string For(ServiceType serviceType) => ValueCatalogs.Current<ServiceType>().Label(serviceType);

    public static string For(InquiryCategory category) => Get($"InquiryCategory_{category}");

    public static string For(CaseStep step) => Get($"CaseStep_{step}");

    public static string For(CaseDecision decision) => Get($"CaseDecision_{decision}");

    public static string For(SurveyQuestion question) => Get($"SurveyQuestion_{question}");

    public static string MonthName(int month) => Get($"Month_{month.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>"أكتوبر 2026", "الربع الثالث 2026"-style names are built by the report layer from these parts.</summary>
    public static string MonthAndYear(DateOnly month) =>
        $"{MonthName(month.Month)} {month.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A date as people read it here: Gregorian with «م» beside Hijri with «هـ», Latin digits.</summary>
    public static string GregorianAndHijri(DateOnly date) =>
        $"{date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)} {Get("Suffix_Gregorian")} ({HijriDate.Format(date)} {Get("Suffix_Hijri")})";

    /// <summary>A label by key; a missing key is a build mistake, so it throws rather than showing the key.</summary>
    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture)
        ?? throw new KeyNotFoundException($"No Arabic label '{key}' in Tarmeem.Core/Localization/Labels.resx.");
}
