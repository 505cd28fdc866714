using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Tests.Charts;

public sealed class BidiTextTests
{
    // Expected visual orders (left to right) were checked against LibreOffice Writer 7.4 rendering
    // the same strings in right-to-left paragraphs.
    [Theory]
    [InlineData("١٤ يوماً", "ًاموي ١٤")]
    [InlineData("أكتوبر 2026", "2026 ربوتكأ")]
    [InlineData("(٤٥٪)", "(٪٤٥)")]
    [InlineData("نسبة الرضا (٤٥٪) هذا الشهر", "رهشلا اذه (٪٤٥) اضرلا ةبسن")]
    [InlineData("٠–٣ أيام", "مايأ ٣–٠")]
    [InlineData("الربع Q3 2026", "Q3 2026 عبرلا")]
    [InlineData("(45%) نسبة", "ةبسن (45%)")]
    [InlineData("١٬٢٣٤", "١٬٢٣٤")]
    [InlineData("طلب رقم 2026-0042 مكتمل", "لمتكم 0042-2026 مقر بلط")]
    [InlineData("2026/10/01 م", "م 2026/10/01")]
    public void ToVisual_MixedArabicDigitsLatin_MatchesLibreOfficeOrder(string logical, string visual) =>
        Assert.Equal(visual, BidiText.ToVisual(logical));

    [Fact]
    public void ForRtlShaper_ArabicWithDigits_ReversesOnlyTheDigitRun() =>
        Assert.Equal("٤١ يوماً", BidiText.ForRtlShaper("١٤ يوماً"));

    [Fact]
    public void ForRtlShaper_PercentInBrackets_PreMirrorsBrackets() =>
        Assert.Equal("(٥٤٪)", BidiText.ForRtlShaper("(٤٥٪)"));

    [Fact]
    public void ForRtlShaper_LatinOnly_PrefixesArabicLetterMarkSoHarfBuzzRunsRightToLeft() =>
        Assert.Equal("\u061C6202", BidiText.ForRtlShaper("2026"));

    [Fact]
    public void ForRtlShaper_TwoLines_PreparesEachLineAlone() =>
        Assert.Equal("وسائل\n٤١ يوماً", BidiText.ForRtlShaper("وسائل\n١٤ يوماً"));

    [Theory]
    [InlineData("١٤ يوماً", "١٤")]
    [InlineData("المعيار: ١٤ يوماً", "١٤")]
    [InlineData("أكتوبر 2026", "2026")]
    [InlineData("(٤٥٪) راضون", "٤٥")]
    [InlineData("(45%) نسبة", "45")]
    [InlineData("الربع Q3 2026", "Q32026")]
    [InlineData("١٬٢٣٤", "١٢٣٤")]
    [InlineData("2026", "2026")]
    public void ForRtlShaper_ShapedByHarfBuzz_DigitsAndLatinComeOutInReadingOrder(string logical, string expected)
    {
        var visual = ShapeToVisualCharacters(BidiText.ForRtlShaper(logical));

        var digitsAndLatin = new string([.. visual.Where(c => char.IsDigit(c) || char.IsAsciiLetter(c))]);
        Assert.Equal(expected, digitsAndLatin);
    }

    [Fact]
    public void ForRtlShaper_ShapedByHarfBuzz_BracketsFaceTheEnclosedNumber()
    {
        // "(٤٥٪)" reads as LibreOffice draws it: left to right the glyphs are "(" "٪" "٤" "٥" ")".
        using var shaping = ShapingFont.ForCharts();
        var (direction, glyphs, _) = shaping.Shape(BidiText.ForRtlShaper("(٤٥٪)"));

        Assert.Equal(Direction.RightToLeft, direction);
        Assert.Equal(shaping.Glyph('('), glyphs[0]);
        Assert.Equal(shaping.Glyph(')'), glyphs[^1]);
    }

    // The characters behind each glyph, in the order the glyphs are drawn (left to right), as
    // ScottPlot's shaper produces them.
    private static string ShapeToVisualCharacters(string fed)
    {
        using var shaping = ShapingFont.ForCharts();
        var (_, _, clusters) = shaping.Shape(fed);
        return new string([.. clusters.Select(cluster => fed[cluster])]);
    }

    private sealed class ShapingFont : IDisposable
    {
        private readonly SKTypeface typeface;
        private readonly SKFont font;
        private readonly SKShaper shaper;

        private ShapingFont(string path)
        {
            typeface = SKTypeface.FromFile(path);
            font = new SKFont(typeface, 20);
            shaper = new SKShaper(typeface);
        }

        public static ShapingFont ForCharts()
        {
            using var resolver = new ChartFontResolver();
            return new ShapingFont(resolver.Resolve(["المعيار (45%) Q3 ٤٥٪"]).RegularFilePath!);
        }

        public ushort Glyph(char c) => font.GetGlyph(c);

        public (Direction Direction, ushort[] Glyphs, int[] Clusters) Shape(string text)
        {
            // As SKShaper.Shape(string) does: UTF-16 in, direction guessed by HarfBuzz.
            using var buffer = new HarfBuzzSharp.Buffer();
            buffer.AddUtf16(text);
            buffer.GuessSegmentProperties();
            var result = shaper.Shape(buffer, font);
            return (buffer.Direction, [.. result.Codepoints.Select(g => (ushort)g)], [.. result.Clusters.Select(c => (int)c)]);
        }

        public void Dispose()
        {
            shaper.Dispose();
            font.Dispose();
            typeface.Dispose();
        }
    }
}
