using System.Text;
using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Tests.Charts;

public sealed class ChartFontResolverTests
{
    private const string NotoKufi = "/usr/share/fonts/truetype/noto/NotoKufiArabic-Regular.ttf";

    [Fact]
    public void Resolve_InstalledFontsAndMixedLabels_PicksAFontWithEveryGlyph()
    {
        using var resolver = new ChartFontResolver();
        string[] texts = ["المعيار: ١٤ يوماً", "(45%) Q3", "٤٥٪", "الموقع الالكتروني للجمعية"];

        var font = resolver.Resolve(texts);

        Assert.NotNull(font.RegularFilePath);
        Assert.Empty(resolver.FindMissingGlyphs(font, texts));
    }

    [Fact]
    public void FindMissingGlyphs_ArabicOnlyFont_ReportsLatinBracketsAndPercent()
    {
        using var resolver = new ChartFontResolver();
        var kufi = new ChartFont("Noto Kufi Arabic", NotoKufi, null);

        var missing = resolver.FindMissingGlyphs(kufi, ["نسبة (45%) Q"]);

        // '(' also stands for ')': brackets are mirrored before drawing.
        Assert.Equal([new Rune('%'), new Rune('('), new Rune(')'), new Rune('Q')], missing);
    }

    [Fact]
    public void Resolve_OnlyANonCoveringFont_ThrowsNamingCharactersAndPackage()
    {
        using var resolver = new ChartFontResolver(knownFonts: [new ChartFontCandidate("Noto Kufi Arabic", [NotoKufi], [])]);

        var error = Assert.Throws<ChartFontException>(() => resolver.Resolve(["نسبة (45%)"]));

        Assert.Contains("U+0028", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+0025", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-hosny-amiri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FirstCandidateNotInstalled_FallsBackToTheNext()
    {
        var known = ChartFontResolver.KnownFonts;
        using var resolver = new ChartFontResolver(
            knownFonts: [new ChartFontCandidate("No Such Font Tarmeem", ["/nonexistent/NoSuch.ttf"], []), .. known]);

        var font = resolver.Resolve(["نسبة (45%)"]);

        Assert.NotEqual("No Such Font Tarmeem", font.FamilyName);
        Assert.Empty(resolver.FindMissingGlyphs(font, ["نسبة (45%)"]));
    }

    [Fact]
    public void Resolve_ConfiguredFileCovers_PicksItFirst()
    {
        const string dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        using var resolver = new ChartFontResolver(dejaVu);

        var font = resolver.Resolve(["نسبة (45%)"]);

        Assert.Equal(dejaVu, font.RegularFilePath);
    }

    [Fact]
    public void Constructor_ConfiguredFileMissing_ThrowsNamingThePath()
    {
        var error = Assert.Throws<ChartFontException>(() => new ChartFontResolver("/nonexistent/Chart.ttf"));

        Assert.Contains("/nonexistent/Chart.ttf", error.Message, StringComparison.Ordinal);
    }
}
