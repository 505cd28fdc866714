using System.Net;

namespace Tarmeem.Host.Delivery;

/// <summary>List items for the Arabic mails and pages whose text is Latin (addresses, file names).</summary>
internal static class HtmlListItems
{
    /// <summary>
    /// Each value left to right inside a right-to-left item: <c>dir</c> on the <c>li</c> itself would move its bullet to
    /// the far left of the line while the text stays right-aligned. A span, not <c>bdi</c>, which Outlook's renderer lacks.
    /// </summary>
    public static string LeftToRight(IEnumerable<string> values) =>
        string.Join('\n', values.Select(v => $"<li><span dir=\"ltr\">{WebUtility.HtmlEncode(v)}</span></li>"));
}
