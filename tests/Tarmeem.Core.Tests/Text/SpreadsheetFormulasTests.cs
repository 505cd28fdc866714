using Tarmeem.Core.Text;

namespace Tarmeem.Core.Tests.Text;

public sealed class SpreadsheetFormulasTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"اضغط\")")]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Neutralize_FormulaLike_PrefixedWithApostrophe(string text)
    {
        var neutral = SpreadsheetFormulas.Neutralize(text);

        Assert.Equal("'" + text, neutral);
        Assert.False(SpreadsheetFormulas.StartsLikeFormula(neutral));
        Assert.True(SpreadsheetFormulas.NeedsQuotePrefix(neutral));
    }

    [Theory]
    [InlineData("شكراً")]
    [InlineData("C-0002")]
    [InlineData("")]
    [InlineData(" =1")]
    public void Neutralize_PlainText_Unchanged(string text)
    {
        Assert.Same(text, SpreadsheetFormulas.Neutralize(text));
    }

    [Fact]
    public void NeedsQuotePrefix_TextStartingWithApostrophe_True()
    {
        // Excel drops a typed leading apostrophe on edit unless the cell is marked quotePrefix.
        Assert.True(SpreadsheetFormulas.NeedsQuotePrefix("'quoted"));
        Assert.False(SpreadsheetFormulas.NeedsQuotePrefix("plain"));
    }
}
