using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Surveys.Tests.Tokens;

public sealed class SurveyTokensTests
{
    [Fact]
    public void Create_TenThousandTokens_AllDistinctBase64UrlOf192Bits()
    {
        var tokens = Enumerable.Range(0, 10_000).Select(_ => SurveyTokens.Create()).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.True(SurveyTokens.HasShape(t), t));
        Assert.All(tokens, t => Assert.Equal(SurveyTokens.ByteLength, System.Buffers.Text.Base64Url.DecodeFromChars(t).Length));
        Assert.True(SurveyTokens.ByteLength * 8 >= 128);
    }

    [Fact]
    public void Create_CharactersAcrossManyTokens_UseTheWholeAlphabet()
    {
        var used = Enumerable.Range(0, 2000).SelectMany(_ => SurveyTokens.Create()).Distinct().Count();

        Assert.Equal(64, used);
    }

    [Fact]
    public void Hash_SameTokenSameHash_DifferentTokenDifferentHash_NeverTheTokenItself()
    {
        var token = SurveyTokens.Create();

        Assert.Equal(SurveyTokens.Hash(token), SurveyTokens.Hash(token));
        Assert.NotEqual(SurveyTokens.Hash(token), SurveyTokens.Hash(SurveyTokens.Create()));
        Assert.DoesNotContain(token, SurveyTokens.Hash(token), StringComparison.Ordinal);
        Assert.Equal(64, SurveyTokens.Hash(token).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/A")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void HasShape_NotAToken_False(string text) => Assert.False(SurveyTokens.HasShape(text));
}
