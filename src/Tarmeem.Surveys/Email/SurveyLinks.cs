using System.Globalization;

namespace Tarmeem.Surveys.Email;

/// <summary>The survey's links: <c>{root}/s/{token}?r={score}</c> and <c>{root}/s/{token}/optout</c>. Nothing but the token.</summary>
public sealed class SurveyLinks(string publicBaseUrl)
{
    private readonly string _root = publicBaseUrl.TrimEnd('/');

    public string Rating(string token, int score) =>
        string.Create(CultureInfo.InvariantCulture, $"{_root}/s/{Uri.EscapeDataString(token)}?r={score}");

    public string OptOut(string token) => $"{_root}/s/{Uri.EscapeDataString(token)}/optout";
}
