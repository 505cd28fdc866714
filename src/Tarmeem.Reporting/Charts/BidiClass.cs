namespace Tarmeem.Reporting.Charts;

/// <summary>The Unicode bidirectional character types that chart labels need (UAX #9, table 4).</summary>
internal enum BidiClass
{
    /// <summary>Left-to-right letter (Latin and other LTR scripts).</summary>
    L,

    /// <summary>Right-to-left letter that is not Arabic (Hebrew, RLM).</summary>
    R,

    /// <summary>Arabic letter.</summary>
    AL,

    /// <summary>European digit (0-9, extended Arabic-Indic digits).</summary>
    EN,

    /// <summary>European separator (+, -).</summary>
    ES,

    /// <summary>European terminator (%, ٪, currency signs).</summary>
    ET,

    /// <summary>Arabic-Indic digit and Arabic number separators.</summary>
    AN,

    /// <summary>Common separator (comma, full stop, colon, slash, Arabic comma).</summary>
    CS,

    /// <summary>Non-spacing mark (harakat, tanween).</summary>
    NSM,

    /// <summary>Boundary neutral (joiners and other invisible format characters).</summary>
    BN,

    /// <summary>Whitespace.</summary>
    WS,

    /// <summary>Other neutral (brackets, dashes, quotation marks, everything else).</summary>
    ON,
}
