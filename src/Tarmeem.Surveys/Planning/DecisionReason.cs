namespace Tarmeem.Surveys.Planning;

/// <summary>Why a decision went the way it did (shown by <c>tarmeem survey plan</c>).</summary>
public enum DecisionReason
{
    Due = 1,
    TooSoonAfterEvent = 2,
    OutsideSendingWindow = 3,
    AlreadySurveyed = 4,
    ContactSurveyedRecently = 5,
    OptedOut = 6,
    NoUsableEmail = 7,
    AddressBounces = 8,
    EventTooOld = 9,
    ReminderNotDue = 10,
    Expired = 11,
}
