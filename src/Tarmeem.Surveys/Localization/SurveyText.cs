using System.Globalization;
using System.Resources;
using Tarmeem.Core.Domain;

namespace Tarmeem.Surveys.Localization;

/// <summary>The survey's Arabic wording (page, e-mail, reply words), from <c>SurveyText.resx</c>.</summary>
public static class SurveyText
{
    private static readonly ResourceManager Resources = new("Tarmeem.Surveys.Localization.SurveyText", typeof(SurveyText).Assembly);

    public static string About(SurveySubjectKind kind) => Get($"About_{kind}");

    public static string Rating(int score) => Get($"Rating_{score.ToString(CultureInfo.InvariantCulture)}");

    public static string Question(SurveyQuestion question) => Get($"Question_{question}");

    /// <summary>A list kept in one entry, separated by '|'.</summary>
    public static IReadOnlyList<string> List(string key) =>
        Get(key).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture)
        ?? throw new KeyNotFoundException($"No Arabic text '{key}' in Tarmeem.Surveys/Localization/SurveyText.resx.");
}
