using System.Globalization;
using System.Text;

namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary>SharePoint's internal column names: characters outside ASCII letters and digits become <c>_xHHHH_</c>, cut to 32 characters.</summary>
public static class SharePointNames
{
    private const int MaxInternalNameLength = 32;

    /// <summary>The internal name SharePoint gives a column created with this display name, e.g. "الحالة" → "_x0627__x0644__x062d__x0627__x06".</summary>
    public static string EncodeInternalName(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var builder = new StringBuilder();
        foreach (var c in displayName)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("_x").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return builder.Length > MaxInternalNameLength ? builder.ToString(0, MaxInternalNameLength) : builder.ToString();
    }
}
