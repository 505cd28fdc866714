namespace Tarmeem.Core.Domain;

/// <summary>How an answer reached us.</summary>
public enum ResponseSource
{
    SurveyPage = 1,
    EmailReply = 2,
}
