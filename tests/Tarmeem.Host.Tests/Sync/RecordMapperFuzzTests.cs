using System.Globalization;
using Tarmeem.Core.Domain;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Tests.Sync;

/// <summary>
/// Seeded property test of the column mapper with random SharePoint values of every column type: no item crashes
/// it, an item with a value it cannot read is quarantined naming that column's key (never quoting the cell), and an
/// item whose values are all readable becomes a case with exactly those values.
/// </summary>
public sealed class RecordMapperFuzzTests
{
    private const string Secret = "zq7Secret";

    private static readonly ListSource Cases = CaseSource();

    [Fact]
    public void Map_RandomCaseItems_NoCrashEachBadValueNamedEveryGoodItemKept()
    {
        var random = new Random(20261203);
        var mapper = new RecordMapper(Cases);
        var kept = 0;
        var quarantined = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var item = new CaseItem(random);

            var change = mapper.Map(new ListItemDelta(i.ToString(CultureInfo.InvariantCulture), false, item.Fields));

            if (item.Bad.Count > 0)
            {
                quarantined++;
                Assert.Null(change.Case);
                Assert.NotNull(change.QuarantineReason);
                Assert.Contains(item.Bad, field => change.QuarantineReason.Contains(Cases.ColumnKey(field) + ")", StringComparison.Ordinal));
                Assert.DoesNotContain(Secret, change.QuarantineReason, StringComparison.Ordinal);
                continue;
            }

            kept++;
            Assert.True(change.Case is not null, change.QuarantineReason);
            Assert.Equal(item.CaseNumber, change.Case.CaseNumber);
            Assert.Equal(item.Dates, Dates(change.Case));
            Assert.Equal(item.Decision, change.Case.Decision);
            Assert.Equal(item.Incomplete, change.Case.IncompleteApplication);
            Assert.Equal(item.Channel, change.Case.Channel);
            Assert.Equal(item.Branch, change.Case.Branch);
        }

        // Both halves were exercised.
        Assert.InRange(kept, 1_000, 4_000);
        Assert.InRange(quarantined, 1_000, 4_000);
    }

    private static Dictionary<string, DateTimeOffset?> Dates(SupportCase c) => new()
    {
        ["Received"] = c.Received, ["DataVerified"] = c.DataVerified, ["ReferredToResearcher"] = c.ReferredToResearcher,
        ["Attested"] = c.Attested, ["SubmittedToCommittee"] = c.SubmittedToCommittee, ["DecisionAt"] = c.DecisionAt,
        ["RegistrationCompleted"] = c.RegistrationCompleted, ["ServiceDelivered"] = c.ServiceDelivered,
    };

    private static ListSource CaseSource()
    {
        var options = new ListSourceOptions { Site = "https://tarmeem.sharepoint.com/sites/Relations", List = "cases" };
        foreach (var field in SourceFields.Cases)
        {
            options.Columns[field.Name] = "C_" + field.Name;
        }

        options.Channels["واتساب"] = "SocialMedia";
        options.Branches["مكة"] = "Makkah";
        options.Decisions["مقبول"] = "Accepted";
        options.Decisions["مرفوض"] = "Rejected";
        return ListSource.From(new SourcesOptions { Cases = options }).Single();
    }

    /// <summary>One random list item, with what the mapper should make of it.</summary>
    private sealed class CaseItem
    {
        public CaseItem(Random random)
        {
            Bad = [];
            // Roughly half the items are fully readable; the rest have one to three unreadable values.
            var badFields = random.Next(2) == 0
                ? []
                : SourceFields.Cases.Select(f => f.Name).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToHashSet();
            foreach (var field in SourceFields.Cases)
            {
                var bad = badFields.Contains(field.Name);
                var value = field.Kind switch
                {
                    FieldKind.Key => KeyValue(random, bad),
                    FieldKind.Choice => ChoiceValue(random, field.Name, bad),
                    FieldKind.Date => DateValue(random, field.Name, bad),
                    FieldKind.Flag => FlagValue(random, bad),
                    _ => TextValue(random, bad),
                };
                if (bad)
                {
                    Bad.Add(field.Name);
                }

                if (value is not null || random.Next(2) == 0)
                {
                    // Graph's names, in whatever case SharePoint chose.
                    var column = "C_" + field.Name;
                    Fields[random.Next(3) == 0 ? column.ToUpperInvariant() : column] = value;
                }
            }

            Fields["Unmapped_" + random.Next(100)] = FuzzText.Any(random, 20);
        }

        public Dictionary<string, object?> Fields { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Bad { get; }

        public string? CaseNumber { get; private set; }

        public Dictionary<string, DateTimeOffset?> Dates { get; } = [];

        public CaseDecision Decision { get; private set; } = CaseDecision.Pending;

        public Channel Channel { get; private set; } = Channel.Unspecified;

        public Branch Branch { get; private set; } = Branch.Unspecified;

        public bool Incomplete { get; private set; }

        private object? KeyValue(Random random, bool bad)
        {
            if (bad)
            {
                return random.Next(3) switch { 0 => null, 1 => "  \t ", _ => (object)true };
            }

            var (value, text) = random.Next(5) switch
            {
                0 => ((object)42m, "42"),
                1 => (1234567890123L, "1234567890123"),
                2 => (7, "7"),
                3 => (" C-" + Secret + " ", "C-" + Secret),
                _ => Huge(random),
            };
            CaseNumber = text;
            return value;
        }

        private static (object, string) Huge(Random random)
        {
            var text = "C" + (random.Next(10) == 0 ? FuzzText.Huge(random) : FuzzText.Any(random, 40, loneSurrogates: false)).Trim();
            return (text, text);
        }

        private object? ChoiceValue(Random random, string field, bool bad)
        {
            if (bad)
            {
                // A number or a flag in a choice column; for the decision, also a choice no entry maps.
                return field == "Decision" && random.Next(2) == 0 ? "قرار " + Secret : random.Next(2) == 0 ? 3.5m : (object)false;
            }

            var mapped = random.Next(3) == 0;
            object? value = random.Next(4) switch
            {
                0 => null,
                1 => mapped ? MappedText(field, random) : UnmappedText(field),
                2 => new List<object> { mapped ? MappedText(field, random) : UnmappedText(field), "ثانٍ" },
                _ => "   ",
            };
            var text = value switch { string s => s, List<object> list => (string)list[0], _ => null };
            var readable = !string.IsNullOrWhiteSpace(text);
            switch (field)
            {
                case "Channel" when readable && mapped:
                    Channel = Channel.SocialMedia;
                    break;
                case "Branch" when readable && mapped:
                    Branch = Branch.Makkah;
                    break;
                case "Decision" when readable:
                    if (!mapped)
                    {
                        value = null;
                    }
                    else
                    {
                        Decision = CaseDecision.Accepted;
                    }

                    break;
                default:
                    break;
            }

            return value;
        }

        private static string MappedText(string field, Random random) =>
            (random.Next(2) == 0 ? " " : "") + field switch { "Channel" => "واتساب", "Branch" => "مكة", "Decision" => "مقبول", _ => "خدمة " + Secret };

        private static string UnmappedText(string field) => field == "Decision" ? "مقبول" : "قيمة " + Secret;

        private object? DateValue(Random random, string field, bool bad)
        {
            if (bad)
            {
                return random.Next(4) switch
                {
                    0 => "2026-02-30",
                    1 => "غداً " + Secret,
                    2 => 45_000m,
                    _ => (object)true,
                };
            }

            var utc = new DateTimeOffset(random.NextInt64(DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero);
            var ordinary = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 600_000));
            (object? value, DateTimeOffset? expected) = random.Next(7) switch
            {
                0 => ((object?)null, (DateTimeOffset?)null),
                1 => ("  ", null),
                2 => (utc, utc),
                3 => (DateTime.SpecifyKind(ordinary.UtcDateTime, DateTimeKind.Unspecified), ordinary),
                4 => (ordinary.UtcDateTime, ordinary),
                5 => (ordinary.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), ordinary),
                _ => (ordinary.ToOffset(TimeSpan.FromHours(3)).ToString("O", CultureInfo.InvariantCulture), ordinary),
            };
            Dates[field] = expected;
            return value;
        }

        private object? FlagValue(Random random, bool bad)
        {
            if (bad)
            {
                return random.Next(2) == 0 ? "ربما " + Secret : (object)1m;
            }

            (object? value, var flag) = random.Next(6) switch
            {
                0 => (null, false),
                1 => (true, true),
                2 => (" نعم ", true),
                3 => ("لا", false),
                4 => ("YES", true),
                _ => ((object?)"False", false),
            };
            Incomplete = flag;
            return value;
        }

        private static object? TextValue(Random random, bool bad) =>
            bad ? 12m : random.Next(3) == 0 ? null : FuzzText.Any(random, 60);
    }
}
