namespace Tarmeem.Core.Domain;

/// <summary>
/// What kind of problem held a record back, so that a report can say it in Arabic; the operator's English sentence
/// stays in <see cref="QuarantinedRecord.Reason"/> for the command line. Stored by name: add, never rename.
/// </summary>
public enum QuarantineProblem
{
    /// <summary>Held back before problems were recorded, or for a reason no other member names.</summary>
    Unclassified,

    /// <summary>The record's own number or id is empty.</summary>
    MissingKey,

    /// <summary>A date or time column holds something that is not one.</summary>
    NotADate,

    /// <summary>A yes/no column holds something else.</summary>
    NotYesNo,

    /// <summary>A column holds a kind of value it cannot (a number where text belongs, a lookup, an object).</summary>
    UnexpectedValue,

    /// <summary>The decision column holds a choice the configuration does not map.</summary>
    UnmappedDecision,

    /// <summary>Another item of the same list already holds the record's number or id.</summary>
    DuplicateKey,

    /// <summary>A mailbox message without a conversation id, a received or sent time, or both.</summary>
    UnplaceableMessage,
}
