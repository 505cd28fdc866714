using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Tests.Word;

public sealed class ArabicCountTests
{
    private static readonly WordNumbers Arabic = new(ChartDigits.ArabicIndic);

    [Theory]
    [InlineData(0, "لا توجد حالات")]
    [InlineData(1, "حالة واحدة")]
    [InlineData(2, "حالتان")]
    [InlineData(3, "٣ حالات")]
    [InlineData(10, "١٠ حالات")]
    [InlineData(11, "١١ حالةً")]
    [InlineData(15, "١٥ حالةً")]
    [InlineData(99, "٩٩ حالةً")]
    [InlineData(100, "١٠٠ حالة")]
    [InlineData(102, "١٠٢ حالة")]
    [InlineData(103, "١٠٣ حالات")]
    [InlineData(115, "١١٥ حالةً")]
    [InlineData(1000, "١٬٠٠٠ حالة")]
    [InlineData(2014, "٢٬٠١٤ حالةً")]
    public void Phrase_Cases_AgreesWithTheNumber(long count, string expected) =>
        Assert.Equal(expected, ArabicCount.Phrase(count, CountedNoun.Case, Arabic));

    [Theory]
    [InlineData(1, "يوم واحد")]
    [InlineData(2, "يومان")]
    [InlineData(7, "٧ أيام")]
    [InlineData(14, "١٤ يوماً")]
    [InlineData(12.5, "١٢٫٥ يوم")]
    [InlineData(0, "٠ يوم")]
    public void Measure_Days_AgreesAndKeepsFractionsSingular(double days, string expected) =>
        Assert.Equal(expected, ArabicCount.Measure(days, CountedNoun.Day, Arabic));

    [Theory]
    [InlineData(1, "استفسار واحد")]
    [InlineData(2, "استفساران")]
    [InlineData(15, "15 استفساراً")]
    public void Phrase_LatinDigits_KeepsTheNounForms(long count, string expected) =>
        Assert.Equal(expected, ArabicCount.Phrase(count, CountedNoun.Inquiry, new WordNumbers(ChartDigits.Latin)));

    [Theory]
    [InlineData(0.456, "٤٦٪")]
    [InlineData(1.0, "١٠٠٪")]
    public void Percent_ArabicIndic_UsesTheArabicPercentSign(double share, string expected) =>
        Assert.Equal(expected, Arabic.Percent(share));

    [Fact]
    public void Number_ArabicIndic_UsesArabicSeparators() =>
        Assert.Equal("١٬٢٣٤٫٥", Arabic.Number(1234.5));
}
