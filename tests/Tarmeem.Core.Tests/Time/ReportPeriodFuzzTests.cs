using System.Globalization;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;

namespace Tarmeem.Core.Tests.Time;

/// <summary>Seeded property tests: any text either parses to a usable period or is refused with a message naming it.</summary>
public sealed class ReportPeriodFuzzTests
{
    private static readonly string[] Separators = ["-", "--", "..", "...", "-Q", "-q", "Q", " ", "/", ""];

    [Fact]
    public void TryParse_RandomAndNearlyValidText_NeverThrowsAndNamesEachRefusal()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 2 == 0 ? FuzzText.Any(random, 30) : NearlyAPeriod(random);

            var parsed = ReportPeriod.TryParse(text, out var period, out var error);

            if (parsed)
            {
                Assert.Equal(string.Empty, error);
                Assert.Equal(period, ReportPeriod.Parse(period.ToString()));
                Assert.True(period.Previous().End < period.Start, text);
                Assert.True(period.SameLastYear().Start < period.Start, text);
                Assert.NotEmpty(period.Months());
            }
            else
            {
                Assert.Contains($"'{text}'", error, StringComparison.Ordinal);
                Assert.Contains(ReportPeriod.AcceptedForms, error, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void TryParse_EveryValidForm_ParsesToItsDates()
    {
        var random = new Random(1446);
        for (var i = 0; i < 10_000; i++)
        {
            var year = random.Next(ReportPeriod.MinYear, ReportPeriod.MaxYear + 1);
            var (text, expected) = random.Next(4) switch
            {
                0 => (Y(year), ReportPeriod.Year(year)),
                1 => Month(year, random.Next(1, 13)),
                2 => Quarter(year, random.Next(1, 5), random.Next(2) == 0),
                _ => Range(random, year),
            };
            if (random.Next(3) == 0)
            {
                text = ArabicDigits.ToArabicIndic(text);
            }

            Assert.True(ReportPeriod.TryParse(" " + text + " ", out var period, out var error), error);
            Assert.Equal(expected, period);
        }
    }

    private static string Y(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static (string, ReportPeriod) Month(int year, int month) =>
        ($"{Y(year)}-{month.ToString("00", CultureInfo.InvariantCulture)}", ReportPeriod.Month(year, month));

    private static (string, ReportPeriod) Quarter(int year, int quarter, bool lower) =>
        ($"{Y(year)}-{(lower ? 'q' : 'Q')}{quarter.ToString(CultureInfo.InvariantCulture)}", ReportPeriod.Quarter(year, quarter));

    private static (string, ReportPeriod) Range(Random random, int year)
    {
        var start = new DateOnly(year, 1, 1).AddDays(random.Next(365));
        var end = start.AddDays(random.Next(400));
        if (end.Year > ReportPeriod.MaxYear)
        {
            end = start;
        }

        return ($"{Iso(start)}..{Iso(end)}", ReportPeriod.Custom(start, end));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Digit groups and separators the way a period looks: most are wrong, some right, some at the edges of time.</summary>
    private static string NearlyAPeriod(Random random)
    {
        string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
        string Group() => random.Next(6) switch
        {
            0 => "0000",
            1 => "9999",
            2 => random.Next(1890, 3010).ToString(CultureInfo.InvariantCulture),
            _ => Digits(random.Next(1, 6)),
        };

        var parts = random.Next(1, 6);
        var text = string.Concat(Enumerable.Range(0, parts).Select(i => (i == 0 ? "" : Separators[random.Next(Separators.Length)]) + Group()));
        return random.Next(4) == 0 ? ArabicDigits.ToArabicIndic(text) : text;
    }
}
