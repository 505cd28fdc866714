using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word.Themes;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>Comment themes from the editable keyword list, matched on normalised Arabic.</summary>
public sealed class CommentThemesTests
{
    [Theory]
    [InlineData("إجراءات", "اجراءات")]
    [InlineData("آمال أحمد", "امال احمد")]
    [InlineData("الخدمة ممتازة", "الخدمه ممتازه")]
    [InlineData("على مستوى", "علي مستوي")]
    [InlineData("شُكْرًا جَزِيلًا", "شكرا جزيلا")]
    [InlineData("ســـريع، جداً!", "سريع جدا")]
    public void Normalize_ArabicVariants_GiveOneForm(string text, string expected) =>
        Assert.Equal(expected, ArabicMatchText.Normalize(text));

    [Fact]
    public void Group_CommentsWrittenDifferently_MatchTheSameThemeAndTheRestGoUnderOther()
    {
        var themes = CommentThemes.Parse(new StringReader("# تعليق\nسرعة الإنجاز: تأخُّر، انتظار\nالشكر: شكرًا\n"), "test");
        SurveyComment[] comments =
        [
            Comment("وتأخرت المعاملة كثيراً"),
            Comment("الانتظـــار طويل"),
            Comment("شكراً لكم"),
            Comment("أقترح فتح فرع جديد"),
        ];

        var groups = themes.Group(comments, "أخرى");

        Assert.Equal(["سرعة الإنجاز", "الشكر", "أخرى"], groups.Select(g => g.Theme));
        Assert.Equal([2, 1, 1], groups.Select(g => g.Comments.Count));
        Assert.Equal("أقترح فتح فرع جديد", groups[2].Comments[0].Text);
    }

    [Fact]
    public void Parse_LineWithoutKeywords_NamesTheFileAndTheLine()
    {
        var error = Assert.Throws<FormatException>(() => CommentThemes.Parse(new StringReader("سرعة: تأخر\nموضوع بلا كلمات\n"), "templates/comment-themes.txt"));

        Assert.Contains("templates/comment-themes.txt, line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_TheCommittedList_HasThemesEachWithKeywords()
    {
        var themes = CommentThemes.Default.Themes;

        Assert.True(themes.Count >= 5, $"Only {themes.Count} themes in templates/comment-themes.txt.");
        Assert.All(themes, t => Assert.NotEmpty(t.Keywords));
        Assert.Equal(themes.Count, themes.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
    }

    private static SurveyComment Comment(string text) => new() { AnsweredOn = new(2026, 10, 1), Channel = Channel.Phone, Overall = 3, Text = text };
}
