using System.Globalization;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Surveys.Tests.Replies;

/// <summary>Seeded property tests of reply reading: no body crashes it, one rating in the new part is always found.</summary>
public sealed class ReplyRatingParserFuzzTests
{
    // No digits and no rating word among them.
    private static readonly string[] Filler = ["شكرا", "لكم", "الخدمة", "الفريق", "الموظف", "اليوم", "على", "التعامل", "thanks", "service", "🌿", "،", "!"];

    private static readonly string[] RatingWords = ["سيئ جدا", "مقبول", "جيد", "جيد جداً", "ممتاز"];

    private static readonly string[] QuoteStarts =
        ["-----Original Message-----", "From: relations@tarmeem.example", "> ", "من: العلاقات", "On Sun, 22 Nov 2026 someone wrote:", "________________"];

    [Fact]
    public void Parse_AnyBody_NeverThrowsAndAnswersNothingOrOneToFive()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 5_000; i++)
        {
            var body = i % 100 == 0 ? FuzzText.Huge(random) : FuzzText.Any(random, 200);

            var rating = ReplyRatingParser.Parse(body);

            Assert.True(rating is null or (>= 1 and <= 5), body);
        }
    }

    [Fact]
    public void Parse_OneRatingAmongFillerAboveAQuotedOriginal_FindsIt()
    {
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var score = random.Next(1, 6);
            var rating = random.Next(4) switch
            {
                0 => score.ToString(CultureInfo.InvariantCulture),
                1 => ((char)('\u0660' + score)).ToString(),
                2 => ((char)('\u06F0' + score)).ToString(),
                _ => RatingWords[score - 1],
            };
            var newPart = $"{FuzzText.Words(random, Filler, 4)} {rating} {FuzzText.Words(random, Filler, 4)}";
            var original = $"{QuoteStarts[random.Next(QuoteStarts.Length)]}\r\n١ ٢ ٣ ٤ ٥ ممتاز سيئ 1 2 3 4 5";
            var body = random.Next(3) == 0 ? newPart : newPart + (random.Next(2) == 0 ? "\r\n\r\n" : "\n") + original;

            Assert.Equal(score, ReplyRatingParser.Parse(body));
        }
    }

    [Fact]
    public void Parse_TwoDifferentRatingsOrANumberOutsideOneToFive_NoAnswer()
    {
        var random = new Random(11);
        for (var i = 0; i < 3_000; i++)
        {
            var first = random.Next(1, 6);
            var second = random.Next(3) switch
            {
                0 => ((first % 5) + 1).ToString(CultureInfo.InvariantCulture),
                1 => random.Next(6, 1000).ToString(CultureInfo.InvariantCulture),
                _ => new string((char)('1' + random.Next(9)), random.Next(10, 40)),
            };
            var body = $"{FuzzText.Words(random, Filler, 3)} {first} {FuzzText.Words(random, Filler, 3)} {second}";

            Assert.Null(ReplyRatingParser.Parse(body));
        }
    }
}
