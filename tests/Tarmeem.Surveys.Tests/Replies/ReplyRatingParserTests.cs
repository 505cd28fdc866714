using Tarmeem.Surveys.Replies;

namespace Tarmeem.Surveys.Tests.Replies;

public sealed class ReplyRatingParserTests
{
    [Theory]
    [InlineData("5", 5)]
    [InlineData("٥", 5)]
    [InlineData("۴", 4)]
    [InlineData("تقييمي ٣ شكراً", 3)]
    [InlineData("5/5", 5)]
    [InlineData("ممتاز", 5)]
    [InlineData("ممتازة والله", 5)]
    [InlineData("جيد جداً", 4)]
    [InlineData("جيد جدا", 4)]
    [InlineData("جيد", 3)]
    [InlineData("سيئ", 1)]
    [InlineData("سيء", 1)]
    [InlineData("الخدمة سيئة جداً", 1)]
    [InlineData("2\r\n\r\n-----Original Message-----\r\nFrom: relations\r\n٥ — راضٍ جداً: https://x/s/t?r=5", 2)]
    [InlineData("4\n\nOn Sun, 22 Nov 2026 someone wrote:\n> 1 2 3 4 5", 4)]
    public void Parse_RatingInTheNewPart_Found(string body, int expected) => Assert.Equal(expected, ReplyRatingParser.Parse(body));

    [Theory]
    [InlineData("")]
    [InlineData("شكراً لكم")]
    [InlineData("3 أو 4")]
    [InlineData("10")]
    [InlineData("0")]
    [InlineData("ممتاز لكن التأخير سيئ")]
    [InlineData("جوالي 0555123456")]
    public void Parse_NoRatingOrTwo_NoAnswer(string body) => Assert.Null(ReplyRatingParser.Parse(body));
}
