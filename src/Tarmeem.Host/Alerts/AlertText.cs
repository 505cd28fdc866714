using System.Globalization;
using System.Resources;

namespace Tarmeem.Host.Alerts;

/// <summary>The alert's line wording (<c>AlertText.resx</c>, Arabic); the page wording is in <c>templates/morning-alert.html</c>.</summary>
internal static class AlertText
{
    private static readonly ResourceManager Resources = new("Tarmeem.Host.Alerts.AlertText", typeof(AlertText).Assembly);

    public static string Format(string name, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, Resources.GetString(name, CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"AlertText.resx has no {name}."), values);
}
