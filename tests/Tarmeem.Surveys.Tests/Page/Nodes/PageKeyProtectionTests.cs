using System.Security.Cryptography;
using Tarmeem.Surveys.Page.Nodes;

namespace Tarmeem.Surveys.Tests.Page.Nodes;

public sealed class PageKeyProtectionTests
{
    [Theory]
    [InlineData(null, "is missing")]
    [InlineData("  ", "is missing")]
    [InlineData("not base64!", "is not base64 of 32 bytes")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==", "is not base64 of 32 bytes")]
    public void Parse_MissingOrMalformed_RefusedNamingTheKey(string? setting, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PageKeyProtection.Parse(setting));

        Assert.StartsWith("Tarmeem:Surveys:PageKeyProtection " + expected, error.Message, StringComparison.Ordinal);
        if (setting is { Length: > 3 })
        {
            Assert.DoesNotContain(setting, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unprotect_OtherPurpose_Refused()
    {
        var protection = PageKeyProtection.Parse(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var plain = RandomNumberGenerator.GetBytes(32);
        var sealedValue = protection.Protect(plain, "survey-form");

        Assert.Equal(plain, protection.TryUnprotect(sealedValue, "survey-form"));
        Assert.Null(protection.TryUnprotect(sealedValue, "review-form"));
        Assert.NotEqual(sealedValue, protection.Protect(plain, "survey-form"));
    }
}
