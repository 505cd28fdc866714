namespace Tarmeem.Surveys.Replies;

public enum InboundKind
{
    /// <summary>Written by a person: may hold an answer.</summary>
    Human = 1,

    /// <summary>Out-of-office and other automatic answers: never an answer.</summary>
    AutoReply = 2,

    /// <summary>A non-delivery report: counts against the address.</summary>
    Bounce = 3,
}
