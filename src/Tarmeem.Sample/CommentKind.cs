namespace Tarmeem.Sample;

/// <summary>What a sample comment is about; the key prefix of its entries in SampleTexts.resx.</summary>
internal enum CommentKind
{
    Praise = 1,
    Waiting = 2,
    Clarity = 3,
    Suggestion = 4,
}
