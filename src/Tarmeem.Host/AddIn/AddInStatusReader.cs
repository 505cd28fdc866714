using System.Data.Common;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Sync;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// Reads one conversation's status from the store, read-only, by primary key. Only conversations that sync brought in
/// from the configured mailboxes exist here; any other id reads as not recorded, which says nothing about it.
/// </summary>
internal sealed class AddInStatusReader : IDisposable
{
    // The survey is the latest invitation for the inquiry.
    private const string Sql = """
        SELECT i.channel, i.branch, i.received_at, i.first_response_at, i.resolved_at,
               (SELECT status FROM survey_invitations WHERE subject_kind = 'Inquiry' AND subject_id = i.id ORDER BY created_at DESC LIMIT 1)
        FROM inquiries AS i WHERE i.id = @id;
        """;

    private readonly PreparedReadPool reads;
    private readonly BusinessCalendar calendar;
    private readonly TimeProvider clock;
    private readonly AddInOptions options;
    private readonly AddInCategories categories;

    public AddInStatusReader(StoreDialect store, BusinessCalendar calendar, TimeProvider clock, IOptions<AddInOptions> options, MailCategoryCatalog mailCategories)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The pane asks on every message opened: connections stay open with the query prepared.
        ArgumentNullException.ThrowIfNull(store);
        reads = new PreparedReadPool(ct => store.OpenAsync(ConnectionPurpose.ReadOnly, ct), Sql, "@id");
        this.calendar = calendar;
        this.clock = clock;
        this.options = options.Value;
        categories = AddInCategoryNames.Build(mailCategories);
    }

    public Task<AddInStatus> ReadAsync(string conversationId, CancellationToken cancellationToken) =>
        reads.ReadAsync(MailedInquiries.KeyPrefix + conversationId, Status, cancellationToken);

    public void Dispose() => reads.Dispose();

    private AddInStatus Status(DbDataReader reader)
    {
        if (!reader.Read())
        {
            return new AddInStatus { Recorded = false, Categories = categories };
        }

        var received = Instant(reader, 2);
        var answered = Instant(reader, 3);
        var resolved = Instant(reader, 4);
        double? hours = received is { } r ? BusinessHours.Between(calendar, r, answered ?? clock.GetUtcNow()) : null;
        var target = options.FirstAnswerTarget.TotalHours;
        return new AddInStatus
        {
            Recorded = true,
            ReceivedAt = received,
            FirstAnsweredAt = answered,
            BusinessHoursToFirstAnswer = hours is { } h ? Math.Round(h, 1) : null,
            FirstAnswerTargetHours = target,
            WithinTarget = hours <= target,
            Channel = Enum.TryParse<Channel>(reader.GetString(0), out var channel) ? AddInCategoryNames.Channel(channel) : null,
            // Through the catalog: a branch added in Tarmeem:Branches is stored by its configured code, not an enum name.
            Branch = ValueCatalogs.Current<Branch>().TryParse(reader.GetString(1), out var branch) ? AddInCategoryNames.Branch(branch) : null,
            Resolved = resolved is not null,
            ResolvedAt = resolved,
            Survey = SurveyState(reader.IsDBNull(5) ? null : reader.GetString(5)),
            Categories = categories,
        };
    }

    private static DateTimeOffset? Instant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    /// <summary>Whether the beneficiary was asked and answered; never what they answered.</summary>
    private static string SurveyState(string? status) => status switch
    {
        null or nameof(InvitationStatus.Pending) => "none",
        nameof(InvitationStatus.Answered) => "answered",
        _ => "sent",
    };
}
