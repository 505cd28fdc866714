namespace Tarmeem.Core.Domain;

/// <summary>What a survey invitation asks about.</summary>
public enum SurveySubjectKind
{
    Inquiry = 1,
    Case = 2,
}
