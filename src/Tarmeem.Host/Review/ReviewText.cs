using System.Globalization;
using System.Resources;

namespace Tarmeem.Host.Review;

/// <summary>The review's Arabic wording (mail notices, findings, the approval page), from <c>ReviewText.resx</c>.</summary>
internal static class ReviewText
{
    private static readonly ResourceManager Resources = new("Tarmeem.Host.Review.ReviewText", typeof(ReviewText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture)
        ?? throw new KeyNotFoundException($"No Arabic text '{key}' in Tarmeem.Host/Review/ReviewText.resx.");

    public static string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);
}
