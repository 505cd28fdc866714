namespace Tarmeem.Host.Sync;

/// <summary>The logical fields of each list source: the keys allowed under <c>Columns</c>.</summary>
internal static class SourceFields
{
    /// <summary>The beneficiary's e-mail address, for the satisfaction survey only; without it nobody from this list is surveyed.</summary>
    private static readonly SourceField ContactEmail = new("ContactEmail", FieldKind.Text, Required: false);

    public static IReadOnlyList<SourceField> Cases { get; } =
    [
        new("CaseNumber", FieldKind.Key, Required: true),
        new("Channel", FieldKind.Choice, Required: true),
        new("Branch", FieldKind.Choice, Required: false),
        new("ServiceType", FieldKind.Choice, Required: false),
        new("Received", FieldKind.Date, Required: true),
        new("DataVerified", FieldKind.Date, Required: false),
        new("ReferredToResearcher", FieldKind.Date, Required: false),
        new("Attested", FieldKind.Date, Required: false),
        new("SubmittedToCommittee", FieldKind.Date, Required: false),
        new("DecisionAt", FieldKind.Date, Required: false),
        new("Decision", FieldKind.Choice, Required: false),
        new("RegistrationCompleted", FieldKind.Date, Required: false),
        new("ServiceDelivered", FieldKind.Date, Required: false),
        new("IncompleteApplication", FieldKind.Flag, Required: false),
        ContactEmail,
    ];

    /// <summary>Without an <c>Id</c> column an inquiry is keyed by its list item id.</summary>
    public static IReadOnlyList<SourceField> Inquiries { get; } =
    [
        new("Id", FieldKind.Key, Required: false),
        new("Channel", FieldKind.Choice, Required: true),
        new("Branch", FieldKind.Choice, Required: false),
        new("Category", FieldKind.Choice, Required: false),
        new("Received", FieldKind.Date, Required: true),
        new("FirstResponse", FieldKind.Date, Required: false),
        new("Resolved", FieldKind.Date, Required: false),
        ContactEmail,
    ];
}
