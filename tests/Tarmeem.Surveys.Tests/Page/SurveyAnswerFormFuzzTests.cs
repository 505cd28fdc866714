using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Text;
using Tarmeem.Surveys.Page;

namespace Tarmeem.Surveys.Tests.Page;

/// <summary>Seeded property tests of the posted form: nothing crashes it, every valid rating is kept, a comment arrives clean and within its limit.</summary>
public sealed class SurveyAnswerFormFuzzTests
{
    private static readonly string[] FieldNames = ["r", .. SurveyAnswerForm.OptionalQuestions.Select(SurveyAnswerForm.FieldName)];

    [Fact]
    public void Read_RandomForms_NeverThrowsKeepsValidRatingsAndCleansTheComment()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 5_000; i++)
        {
            var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            var expected = new Dictionary<string, int?>(StringComparer.Ordinal);
            foreach (var name in FieldNames)
            {
                var (value, score) = Rating(random);
                if (value is { } posted)
                {
                    fields[name] = posted;
                }

                expected[name] = score;
            }

            var comment = random.Next(50) == 0 ? FuzzText.Huge(random) : FuzzText.Any(random, 300);
            fields["comment"] = comment;

            var form = SurveyAnswerForm.Read(new FormCollection(fields));

            Assert.Equal(expected["r"], form.Overall);
            Assert.All(SurveyAnswerForm.OptionalQuestions, q => Assert.Equal(expected[SurveyAnswerForm.FieldName(q)], form.Others[q]));
            var clean = FreeText.Clean(comment).Trim();
            if (clean.Length == 0)
            {
                Assert.Null(form.Comment);
                continue;
            }

            Assert.NotNull(form.Comment);
            Assert.True(form.Comment.Length <= SurveyAnswerForm.MaxCommentLength);
            Assert.Same(form.Comment, FreeText.Clean(form.Comment));
            Assert.Equal(form.Comment, form.Comment.Trim());
            Assert.True(clean.Length > SurveyAnswerForm.MaxCommentLength ? clean.StartsWith(form.Comment, StringComparison.Ordinal) : clean == form.Comment, "a short comment arrives whole");
            if (form.Overall is { } overall)
            {
                Assert.Equal(overall, form.ToResponse("S1", DateTimeOffset.UnixEpoch).Overall);
            }
        }
    }

    /// <summary>A field as a browser or a bot might post it, and the score the form should read from it.</summary>
    private static (StringValues? Value, int? Score) Rating(Random random)
    {
        var score = random.Next(1, 6);
        return random.Next(8) switch
        {
            0 => (null, null),
            1 => (score.ToString(CultureInfo.InvariantCulture), score),
            2 => (((char)('\u0660' + score)).ToString(), score),
            3 => ($" {score.ToString(CultureInfo.InvariantCulture)} ", score),
            4 => (new StringValues(["3", "4"]), null),
            5 => (random.Next(-5, 100).ToString(CultureInfo.InvariantCulture) is var n && n is "1" or "2" or "3" or "4" or "5" ? ("0" + n + "0", null) : (n, null)),
            6 => ("99999999999999999999", null),
            _ => (FuzzText.Any(random, 5).Replace("5", "", StringComparison.Ordinal) + "x", null),
        };
    }
}
