namespace Tarmeem.Reporting.Word.Wording;

/// <summary>The nouns generated sentences count; each has its number forms in WordText.resx (<c>Noun_{name}_{form}</c>).</summary>
internal enum CountedNoun
{
    Case = 1,
    Inquiry = 2,
    Day = 3,
    Hour = 4,
    Response = 5,
    Decision = 6,
    Point = 7,
    Invitation = 8,
}
