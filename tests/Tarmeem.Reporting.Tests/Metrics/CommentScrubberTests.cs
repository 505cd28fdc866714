using Tarmeem.Reporting.Metrics;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class CommentScrubberTests
{
    [Theory]
    [InlineData("راسلوني على ahmad.ali+x@mail.example.com شكراً", "راسلوني على [محذوف] شكراً")]
    [InlineData("جوالي 0551234567 للتواصل", "جوالي [محذوف] للتواصل")]
    [InlineData("جوالي +966551234567", "جوالي [محذوف]")]
    [InlineData("اتصل 00966 55 123 4567", "اتصل [محذوف]")]
    [InlineData("رقمي ٠٥٥١٢٣٤٥٦٧ مساءً", "رقمي [محذوف] مساءً")]
    [InlineData("الجوال 055-123-4567", "الجوال [محذوف]")]
    [InlineData("هاتف المكتب (012) 345 6789", "هاتف المكتب [محذوف]")]
    [InlineData("رقم الهوية 1012345678", "رقم الهوية [محذوف]")]
    [InlineData("السجل ١٠١٢٣٤٥٦٧٨", "السجل [محذوف]")]
    [InlineData("UK +44 20 7946 0958", "UK [محذوف]")]
    public void Scrub_PersonalData_ReplacedByPlaceholder(string text, string expected)
    {
        Assert.Equal(expected, CommentScrubber.Scrub(text));
    }

    [Theory]
    [InlineData("راجعت يوم 2026-10-01 وانتظرت 14 يوماً")]
    [InlineData("الطلب رقم 4521 ممتاز")]
    [InlineData("=HYPERLINK(\"x\") <script>alert(1)</script>")]
    [InlineData("خدمة ١٠ من ١٠")]
    public void Scrub_NoPersonalData_TextUnchanged(string text)
    {
        Assert.Equal(text, CommentScrubber.Scrub(text));
    }

    [Fact]
    public void Scrub_SurroundingSpace_Trimmed()
    {
        Assert.Equal("شكراً", CommentScrubber.Scrub("  شكراً \n"));
    }
}
