using System.Globalization;
using Tarmeem.Core.Text;

namespace Tarmeem.Core.Tests.Text;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("\u202Eشكراً ٢٠٢٦/١٢/٣٠", "شكراً ٢٠٢٦/١٢/٣٠")]
    [InlineData("a\u202Ab\u202Bc\u202Cd\u202De", "abcde")]
    [InlineData("\u2066x\u2067y\u2068z\u2069", "xyz")]
    [InlineData("\u200Eمرحبا\u200F\u061C", "مرحبا")]
    [InlineData("soft\u00ADhyphen\uFEFF", "softhyphen")]
    [InlineData("bell\u0007 and nul\u0000", "bell and nul")]
    public void Clean_HiddenCharacters_Removed(string input, string expected)
    {
        Assert.Equal(expected, FreeText.Clean(input));
    }

    [Theory]
    [InlineData("می\u200Cخواهم")]
    [InlineData("👩\u200D💻")]
    [InlineData("سطر\nسطر\tعمود\r\n")]
    [InlineData("=HYPERLINK(\"http://x\")")]
    public void Clean_JoinersLineBreaksAndVisibleText_Kept(string input)
    {
        Assert.Same(input, FreeText.Clean(input));
    }

    [Fact]
    public void Clean_LoneSurrogates_BecomeReplacementCharacter()
    {
        Assert.Equal("a\uFFFDb\uFFFD", FreeText.Clean("a\uD800b\uDC00"));
    }

    [Fact]
    public void Clean_TagCharactersOutsideBmp_Removed()
    {
        // U+E0041 (TAG LATIN CAPITAL LETTER A) is a format character written as a surrogate pair.
        Assert.Equal("ab", FreeText.Clean("a" + char.ConvertFromUtf32(0xE0041) + "b"));
    }

    [Fact]
    public void Clean_EveryFormatCharacterExceptJoiners_Removed()
    {
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                continue;
            }

            var cleaned = FreeText.Clean("x" + c + "y");
            Assert.Equal(c is '\u200C' or '\u200D' ? "x" + c + "y" : "xy", cleaned);
        }
    }
}
