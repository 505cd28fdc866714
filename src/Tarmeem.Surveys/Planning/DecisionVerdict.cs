namespace Tarmeem.Surveys.Planning;

public enum DecisionVerdict
{
    /// <summary>Store the decision now; the sender mails it.</summary>
    Send = 1,

    /// <summary>Not yet: asked again on a later run.</summary>
    Wait = 2,

    /// <summary>Never, for the reason given.</summary>
    Skip = 3,
}
