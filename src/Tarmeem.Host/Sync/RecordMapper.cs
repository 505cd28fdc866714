using System.Globalization;
using Tarmeem.Core.Domain;
using Tarmeem.Host.Graph;
using Tarmeem.Store.Surveys;
using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Sync;

/// <summary>
/// Turns a list item's fields into a case or an inquiry. A value that cannot be read (a date column holding text,
/// a decision no map knows) quarantines the item with the reason and the key to fix; a channel or branch that maps to
/// nothing is kept as Unspecified with its raw text, so that reports count it as a finding, never drop it.
/// Reasons never quote a cell's text: a mistyped cell may hold a name or a phone number.
/// </summary>
internal sealed class RecordMapper
{
    private readonly ListSource source;
    private readonly ValueMap<Channel> channels;
    private readonly ValueMap<Branch> branches;
    private readonly ValueMap<ServiceType> serviceTypes;
    private readonly ValueMap<CaseDecision> decisions;
    private readonly ValueMap<InquiryCategory> categories;

    public RecordMapper(ListSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
        channels = new ValueMap<Channel>(source.Options.Channels);
        branches = new ValueMap<Branch>(source.Options.Branches);
        serviceTypes = new ValueMap<ServiceType>(source.Options.ServiceTypes);
        decisions = new ValueMap<CaseDecision>(source.Options.Decisions);
        categories = new ValueMap<InquiryCategory>(source.Options.Categories);
    }

    public ListItemChange Map(ListItemDelta item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Deleted)
        {
            return ListItemChange.Removed(item.Id);
        }

        try
        {
            if (source.Kind == SyncRecordKind.Case)
            {
                var supportCase = MapCase(item);
                return new ListItemChange { ItemId = item.Id, Case = supportCase, Contact = Contact(item, SurveySubjectKind.Case, supportCase.CaseNumber) };
            }

            var inquiry = MapInquiry(item);
            return new ListItemChange { ItemId = item.Id, Inquiry = inquiry, Contact = Contact(item, SurveySubjectKind.Inquiry, inquiry.Id) };
        }
        catch (UnreadableValueException problem)
        {
            return ListItemChange.Quarantined(item.Id, problem.Message, problem.Problem, problem.Field);
        }
    }

    private SupportCase MapCase(ListItemDelta item)
    {
        var (channel, raw) = Channel(item);
        return new SupportCase
        {
            CaseNumber = Key(item, "CaseNumber") ?? throw Unreadable("CaseNumber", QuarantineProblem.MissingKey, "is empty; every case needs its number"),
            Channel = channel,
            RawChannel = raw,
            Branch = Mapped(item, "Branch", branches, Branch.Unspecified),
            ServiceType = Mapped(item, "ServiceType", serviceTypes, ServiceType.Unspecified),
            Received = Date(item, "Received"),
            DataVerified = Date(item, "DataVerified"),
            ReferredToResearcher = Date(item, "ReferredToResearcher"),
            Attested = Date(item, "Attested"),
            SubmittedToCommittee = Date(item, "SubmittedToCommittee"),
            DecisionAt = Date(item, "DecisionAt"),
            Decision = Decision(item),
            RegistrationCompleted = Date(item, "RegistrationCompleted"),
            ServiceDelivered = Date(item, "ServiceDelivered"),
            IncompleteApplication = Flag(item, "IncompleteApplication"),
        };
    }

    private Inquiry MapInquiry(ListItemDelta item)
    {
        var (channel, raw) = Channel(item);
        return new Inquiry
        {
            Id = source.Column("Id") is null ? source.Name + ":" + item.Id : Key(item, "Id") ?? throw Unreadable("Id", QuarantineProblem.MissingKey, "is empty; every inquiry needs its id"),
            Channel = channel,
            RawChannel = raw,
            Branch = Mapped(item, "Branch", branches, Branch.Unspecified),
            Category = Mapped(item, "Category", categories, InquiryCategory.Other),
            Received = Date(item, "Received"),
            FirstResponse = Date(item, "FirstResponse"),
            Resolved = Date(item, "Resolved"),
        };
    }

    /// <summary>An empty or unusable address is kept as such, so that the survey plan counts the person as unreachable.</summary>
    private SurveyContact? Contact(ListItemDelta item, SurveySubjectKind kind, string id) =>
        source.Column("ContactEmail") is null ? null : new SurveyContact(kind, id, Text(item, "ContactEmail"));

    private (Channel Channel, string? Raw) Channel(ListItemDelta item)
    {
        var text = Text(item, "Channel");
        return channels.TryMap(text, out var channel) ? (channel, null) : (Core.Domain.Channel.Unspecified, text);
    }

    private CaseDecision Decision(ListItemDelta item)
    {
        var text = Text(item, "Decision");
        if (text is null)
        {
            return CaseDecision.Pending;
        }

        return decisions.TryMap(text, out var decision)
            ? decision
            : throw Unreadable("Decision", QuarantineProblem.UnmappedDecision, $"holds a choice no entry of {source.ConfigKey}:Decisions maps; add it there");
    }

    private TEnum Mapped<TEnum>(ListItemDelta item, string field, ValueMap<TEnum> map, TEnum fallback)
        where TEnum : struct, Enum =>
        map.TryMap(Text(item, field), out var value) ? value : fallback;

    private string? Key(ListItemDelta item, string field) => Raw(item, field) switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw Unreadable(field, QuarantineProblem.UnexpectedValue, "is neither text nor a number"),
    };

    private string? Text(ListItemDelta item, string field) => Raw(item, field) switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        // A multi-choice column: the first choice decides.
        IEnumerable<object> many => many.OfType<string>().FirstOrDefault(),
        _ => throw Unreadable(field, QuarantineProblem.UnexpectedValue, "is not text or a choice"),
    };

    private DateTimeOffset? Date(ListItemDelta item, string field) => Raw(item, field) switch
    {
        null => null,
        DateTimeOffset at => at,
        // SharePoint sends UTC; the SDK may hand it back as local or unspecified time.
        DateTime { Kind: DateTimeKind.Unspecified } at => new DateTimeOffset(at, TimeSpan.Zero),
        DateTime at => new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero),
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
        _ => throw Unreadable(field, QuarantineProblem.NotADate, "is not a date"),
    };

    private bool Flag(ListItemDelta item, string field) => Raw(item, field) switch
    {
        null => false,
        bool flag => flag,
        string text => text.Trim() switch
        {
            "" or "لا" or "0" => false,
            "نعم" or "1" => true,
            var other when bool.TryParse(other, out var parsed) => parsed,
            var other when other.Equals("yes", StringComparison.OrdinalIgnoreCase) => true,
            var other when other.Equals("no", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw Unreadable(field, QuarantineProblem.NotYesNo, "is not yes/no (نعم/لا)"),
        },
        _ => throw Unreadable(field, QuarantineProblem.NotYesNo, "is not yes/no"),
    };

    private object? Raw(ListItemDelta item, string field)
    {
        var column = source.Column(field);
        if (column is null)
        {
            return null;
        }

        // Graph leaves out a field that has no value; names compare as SharePoint does, ignoring case.
        foreach (var (name, value) in item.Fields)
        {
            if (string.Equals(name, column, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private UnreadableValueException Unreadable(string field, QuarantineProblem kind, string problem) =>
        new($"column '{source.Column(field)}' ({source.ColumnKey(field)}) {problem}", kind, source.Column(field));

    private sealed class UnreadableValueException(string message, QuarantineProblem problem, string? field) : Exception(message)
    {
        public QuarantineProblem Problem { get; } = problem;

        public string? Field { get; } = field;
    }
}
