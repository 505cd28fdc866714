using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Tests.Charts;

public sealed class ChartNumberFormatterTests
{
    [Theory]
    [InlineData(1234, ChartValueFormat.WholeNumber, ChartDigits.ArabicIndic, "١٬٢٣٤")]
    [InlineData(1234, ChartValueFormat.WholeNumber, ChartDigits.Latin, "1,234")]
    [InlineData(3.46, ChartValueFormat.OneDecimal, ChartDigits.ArabicIndic, "٣٫٥")]
    [InlineData(0.45, ChartValueFormat.Percent, ChartDigits.ArabicIndic, "٤٥٪")]
    [InlineData(0.45, ChartValueFormat.Percent, ChartDigits.Latin, "45%")]
    [InlineData(0, ChartValueFormat.WholeNumber, ChartDigits.ArabicIndic, "٠")]
    public void Format_Value_WritesDigitsAndSeparatorsOfTheChosenScript(double value, ChartValueFormat format, ChartDigits digits, string expected) =>
        Assert.Equal(expected, ChartNumberFormatter.Format(value, format, digits));

    [Fact]
    public void Format_NotANumber_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartNumberFormatter.Format(double.NaN, ChartValueFormat.WholeNumber, ChartDigits.Latin));
}
