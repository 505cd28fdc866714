namespace Tarmeem.Core.Domain;

/// <summary>The survey's scored questions, following the policy's goals.</summary>
public enum SurveyQuestion
{
    Overall = 1,
    EaseOfProcedures = 2,
    Courtesy = 3,
    ClarityOfInformation = 4,
    Speed = 5,
}
