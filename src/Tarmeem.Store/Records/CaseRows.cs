using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>The <c>cases</c> table: upsert by case number, and the window read.</summary>
internal static class CaseRows
{
    private const string Columns = """
        case_number, channel, raw_channel, branch, service_type, received_at, data_verified_at,
        referred_to_researcher_at, attested_at, submitted_to_committee_at, decision_at, decision,
        registration_completed_at, service_delivered_at, incomplete_application
        """;

    private const string UpsertSql = $"""
        INSERT INTO cases ({Columns})
        VALUES (@case_number, @channel, @raw_channel, @branch, @service_type, @received_at, @data_verified_at,
                @referred_to_researcher_at, @attested_at, @submitted_to_committee_at, @decision_at, @decision,
                @registration_completed_at, @service_delivered_at, @incomplete_application)
        ON CONFLICT (case_number) DO UPDATE SET
            channel = excluded.channel, raw_channel = excluded.raw_channel, branch = excluded.branch,
            service_type = excluded.service_type, received_at = excluded.received_at,
            data_verified_at = excluded.data_verified_at, referred_to_researcher_at = excluded.referred_to_researcher_at,
            attested_at = excluded.attested_at, submitted_to_committee_at = excluded.submitted_to_committee_at,
            decision_at = excluded.decision_at, decision = excluded.decision,
            registration_completed_at = excluded.registration_completed_at,
            service_delivered_at = excluded.service_delivered_at, incomplete_application = excluded.incomplete_application;
        """;

    // Enums as member positions and instants with NULL as a number: one provider call per value (see BulkRead).
    private static readonly string ReadColumns = string.Join(", ",
    [
        "case_number", "raw_channel",
        EnumNames<Channel>.PositionSql("channel"), "channel",
        ConfiguredNames<Branch>.PositionSql("branch"), "branch",
        ConfiguredNames<ServiceType>.PositionSql("service_type"), "service_type",
        EnumNames<CaseDecision>.PositionSql("decision"), "decision",
        Instants.OrNoneSql("received_at"), Instants.OrNoneSql("data_verified_at"),
        Instants.OrNoneSql("referred_to_researcher_at"), Instants.OrNoneSql("attested_at"),
        Instants.OrNoneSql("submitted_to_committee_at"), Instants.OrNoneSql("decision_at"),
        Instants.OrNoneSql("registration_completed_at"), Instants.OrNoneSql("service_delivered_at"),
        "incomplete_application",
    ]);

    private static readonly RecordWindowSql Window = RecordWindowSql.For(ReadColumns, "cases", "closed_at", "case_number");

    private const string Kind = "Case";

    public static async Task UpsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyCollection<SupportCase> cases,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(
            connection, transaction, UpsertSql,
            "@case_number", "@channel", "@raw_channel", "@branch", "@service_type", "@received_at", "@data_verified_at",
            "@referred_to_researcher_at", "@attested_at", "@submitted_to_committee_at", "@decision_at", "@decision",
            "@registration_completed_at", "@service_delivered_at", "@incomplete_application");
        var position = 0;
        foreach (var item in cases)
        {
            var key = RecordKeys.Require(item.CaseNumber, Kind, "case number", position++);
            batch[0] = key;
            batch[1] = EnumNames<Channel>.ToDb(item.Channel, Kind, key);
            batch[2] = (object?)item.RawChannel ?? DBNull.Value;
            batch[3] = ConfiguredNames<Branch>.ToDb(item.Branch, Kind, key);
            batch[4] = ConfiguredNames<ServiceType>.ToDb(item.ServiceType, Kind, key);
            batch[5] = Instants.ToDb(item.Received);
            batch[6] = Instants.ToDb(item.DataVerified);
            batch[7] = Instants.ToDb(item.ReferredToResearcher);
            batch[8] = Instants.ToDb(item.Attested);
            batch[9] = Instants.ToDb(item.SubmittedToCommittee);
            batch[10] = Instants.ToDb(item.DecisionAt);
            batch[11] = EnumNames<CaseDecision>.ToDb(item.Decision, Kind, key);
            batch[12] = Instants.ToDb(item.RegistrationCompleted);
            batch[13] = Instants.ToDb(item.ServiceDelivered);
            batch[14] = item.IncompleteApplication ? 1 : 0;
            await batch.RunAsync(cancellationToken);
        }

        await batch.FlushAsync(cancellationToken);
    }

    public static IReadOnlyList<SupportCase> ReadWindow(
        StoreRead connection,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        WindowPlan plan,
        CancellationToken cancellationToken) =>
        Window.Read(connection, windowStart, windowEnd, plan, Map, static record => record.CaseNumber, cancellationToken);

    private static SupportCase Map(IRowCursor row) => new()
    {
        CaseNumber = row.Text(0),
        RawChannel = row.NullableText(1),
        Channel = EnumNames<Channel>.FromPosition(row, 2, 3, "cases", 0),
        Branch = ConfiguredNames<Branch>.FromPosition(row, 4, 5, "cases", 0),
        ServiceType = ConfiguredNames<ServiceType>.FromPosition(row, 6, 7, "cases", 0),
        Decision = EnumNames<CaseDecision>.FromPosition(row, 8, 9, "cases", 0),
        Received = row.InstantOrNone(10),
        DataVerified = row.InstantOrNone(11),
        ReferredToResearcher = row.InstantOrNone(12),
        Attested = row.InstantOrNone(13),
        SubmittedToCommittee = row.InstantOrNone(14),
        DecisionAt = row.InstantOrNone(15),
        RegistrationCompleted = row.InstantOrNone(16),
        ServiceDelivered = row.InstantOrNone(17),
        IncompleteApplication = row.Int64(18) != 0,
    };
}
