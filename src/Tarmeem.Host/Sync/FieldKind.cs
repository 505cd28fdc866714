namespace Tarmeem.Host.Sync;

/// <summary>How a logical field is read from a list column.</summary>
internal enum FieldKind
{
    /// <summary>A record key: text or number.</summary>
    Key = 1,

    /// <summary>A choice mapped through a value map: choice or text column.</summary>
    Choice = 2,

    /// <summary>An instant: date-time column (or text holding an ISO date).</summary>
    Date = 3,

    /// <summary>Yes/no: boolean column (or a choice/text of yes/no words).</summary>
    Flag = 4,

    /// <summary>Free text kept as it is: a text column.</summary>
    Text = 5,
}
