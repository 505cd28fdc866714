using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Text;

namespace Tarmeem.Surveys.Page;

/// <summary>A posted answer: the overall rating (required) and the optional questions and comment.</summary>
public sealed record SurveyAnswerForm(int? Overall, IReadOnlyDictionary<SurveyQuestion, int?> Others, string? Comment)
{
    public const int MaxCommentLength = 2000;

    public static readonly SurveyQuestion[] OptionalQuestions =
        [SurveyQuestion.EaseOfProcedures, SurveyQuestion.Courtesy, SurveyQuestion.ClarityOfInformation, SurveyQuestion.Speed];

    public static string FieldName(SurveyQuestion question) => question == SurveyQuestion.Overall ? "r" : question.ToString();

    public static SurveyAnswerForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var others = OptionalQuestions.ToDictionary(q => q, q => Score(form[FieldName(q)].ToString()));
        // Cleaned as it arrives, so the store, the thank-you page and the reports all hold the same visible text.
        var comment = FreeText.Clean(form["comment"].ToString()).Trim();
        if (comment.Length > MaxCommentLength)
        {
            // Never cut between the two halves of a character outside the BMP (an emoji).
            var length = char.IsHighSurrogate(comment[MaxCommentLength - 1]) ? MaxCommentLength - 1 : MaxCommentLength;
            comment = comment[..length].TrimEnd();
        }

        return new SurveyAnswerForm(Score(form["r"].ToString()), others, comment.Length == 0 ? null : comment);
    }

    /// <summary>1–5 in Latin or Arabic-Indic digits; anything else is no answer.</summary>
    public static int? Score(string? text) =>
        int.TryParse(ArabicDigits.ToLatin((text ?? "").Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 5
            ? value
            : null;

    public SurveyResponse ToResponse(string invitationId, DateTimeOffset at) => new()
    {
        InvitationId = invitationId,
        AnsweredAt = at,
        Overall = Overall ?? throw new InvalidOperationException("An answer needs its overall rating."),
        EaseOfProcedures = Others[SurveyQuestion.EaseOfProcedures],
        Courtesy = Others[SurveyQuestion.Courtesy],
        ClarityOfInformation = Others[SurveyQuestion.ClarityOfInformation],
        Speed = Others[SurveyQuestion.Speed],
        Comment = Comment,
        Source = ResponseSource.SurveyPage,
    };
}
