using System.Globalization;
using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>
/// Spoils a fixed handful of records in the last month, whatever the scale, the way real lists go
/// wrong: channel texts nobody mapped, a missing date, dates in the wrong order, rows that could not be
/// read at all, and comments with personal data or formula text. Reports must count them, not drop them.
/// Each method takes the random stream of the pipeline it runs in: cases and inquiries run in parallel.
/// </summary>
internal sealed class DirtyRecordPlanter(SampleWindows windows, DateOnly lastMonth)
{
    public const int UnmappedCases = 3;
    public const int UnmappedInquiries = 2;

    private const int Attempts = 64;

    public int UnmappedChannelCases { get; private set; }

    public int UnmappedChannelInquiries { get; private set; }

    public int CasesMissingReceived { get; private set; }

    public int CasesOutOfOrder { get; private set; }

    public int InquiriesAnsweredBeforeReceived { get; private set; }

    public int PlantedComments { get; private set; }

    private DateTime LastMonthStart => lastMonth.ToDateTime(TimeOnly.MinValue);

    public void PlantCases(List<SupportCase> cases, Random random)
    {
        var used = new HashSet<int>();
        var rawChannels = SampleTexts.Default.UnmappedChannels;
        for (var i = 0; i < UnmappedCases; i++)
        {
            var index = Pick(cases, used, random, c => c.Received >= windows.At(LastMonthStart));
            if (index >= 0)
            {
                cases[index] = cases[index] with { Channel = Channel.Unspecified, RawChannel = rawChannels[i % rawChannels.Count] };
                UnmappedChannelCases++;
            }
        }

        // The register row lost its date of receipt, yet the later steps were filled in.
        var missing = Pick(cases, used, random, c => c.Received >= windows.At(LastMonthStart) && c.DataVerified is not null);
        if (missing >= 0)
        {
            cases[missing] = cases[missing] with { Received = null };
            CasesMissingReceived++;
        }

        // Two dates typed into each other's columns: the decision precedes the committee submission.
        var previousMonth = windows.At(LastMonthStart.AddMonths(-1));
        var swapped = Pick(cases, used, random, c => c.Received >= previousMonth && c.SubmittedToCommittee is not null && c.DecisionAt is not null);
        if (swapped >= 0)
        {
            var c = cases[swapped];
            cases[swapped] = c with { SubmittedToCommittee = c.DecisionAt, DecisionAt = c.SubmittedToCommittee };
            CasesOutOfOrder++;
        }
    }

    public void PlantInquiries(List<Inquiry> inquiries, Random random)
    {
        var used = new HashSet<int>();
        var rawChannels = SampleTexts.Default.UnmappedChannels;
        var inLastMonth = windows.At(LastMonthStart);
        for (var i = 0; i < UnmappedInquiries; i++)
        {
            var index = Pick(inquiries, used, random, q => q.Received >= inLastMonth);
            if (index >= 0)
            {
                inquiries[index] = inquiries[index] with { Channel = Channel.Unspecified, RawChannel = rawChannels[(i + 1) % rawChannels.Count] };
                UnmappedChannelInquiries++;
            }
        }

        var early = Pick(inquiries, used, random, q => q.Received >= inLastMonth && q.FirstResponse is not null);
        if (early >= 0)
        {
            var q = inquiries[early];
            inquiries[early] = q with { FirstResponse = q.Received!.Value - TimeSpan.FromHours(random.Next(1, 6)) };
            InquiriesAnsweredBeforeReceived++;
        }
    }

    public void PlantComments(List<SurveyResponse> responses, Random random)
    {
        var used = new HashSet<int>();
        var inLastMonth = windows.At(LastMonthStart);
        foreach (var text in SampleTexts.Default.PlantedComments)
        {
            var index = Pick(responses, used, random, r => r.AnsweredAt >= inLastMonth);
            if (index >= 0)
            {
                responses[index] = responses[index] with { Comment = text };
                PlantedComments++;
            }
        }
    }

    /// <summary>Rows the sync could not read, as it would quarantine them during the last month.</summary>
    public List<QuarantinedRecord> Quarantine(Random random)
    {
        var year = lastMonth.Year.ToString(CultureInfo.InvariantCulture);
        (string Source, string SourceId, string Field, string Reason)[] rows =
        [
            ("cases", "4711", "DataVerified", "Column 'DataVerified' value 'abc' is not a date."),
            ("cases", "5120", "Received", $"Column 'Received' value '31/02/{year}' is not a date."),
            ("inquiries", "20931", "FirstResponse", "Column 'FirstResponse' value '25:61' is not a time."),
        ];
        var days = DateTime.DaysInMonth(lastMonth.Year, lastMonth.Month);
        return rows
            .Select(row => new QuarantinedRecord
            {
                Source = row.Source,
                SourceId = row.SourceId,
                Reason = row.Reason,
                Problem = QuarantineProblem.NotADate,
                Field = row.Field,
                SeenAt = windows.At(LastMonthStart.AddDays(random.Next(days)) + TimeSpan.FromHours(2) + TimeSpan.FromMinutes(random.Next(60))),
            })
            .ToList();
    }

    /// <summary>A random unused index matching the condition; a scan when random picks miss (tiny samples).</summary>
    private static int Pick<T>(List<T> items, HashSet<int> used, Random random, Func<T, bool> matches)
    {
        if (items.Count == 0)
        {
            return -1;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var index = random.Next(items.Count);
            if (!used.Contains(index) && matches(items[index]))
            {
                used.Add(index);
                return index;
            }
        }

        for (var index = items.Count - 1; index >= 0; index--)
        {
            if (!used.Contains(index) && matches(items[index]))
            {
                used.Add(index);
                return index;
            }
        }

        return -1;
    }
}
