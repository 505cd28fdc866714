using System.Text.RegularExpressions;

namespace Tarmeem.Surveys.Planning;

/// <summary>
/// Invitation ids: <c>S</c> and 32 hex digits of a time-ordered GUID. Random, so an id says nothing about its case;
/// it is the reference printed in the e-mail, by which a reply that lost its thread is still matched. It opens no
/// survey page (only a token does).
/// </summary>
public static partial class SurveyIds
{
    public static string New(DateTimeOffset now) => "S" + Guid.CreateVersion7(now).ToString("N");

    /// <summary>The first invitation reference in a text, or null.</summary>
    public static string? FindIn(string? text) => text is null ? null : Reference().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"\bS[0-9a-f]{32}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Reference();
}
