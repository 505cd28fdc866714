using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// «الحالات»: one row per case, streamed straight into the sheet part so that a million rows need no more
/// memory than ten. Case numbers are inline strings (they never repeat); labels, yes/no and Hijri dates are
/// shared strings, their indexes cached. There is no name, phone or e-mail column: the model has none.
/// </summary>
internal sealed class CaseRowsSheet
{
    public const int ColumnCount = 21;
    public const string TableName = "Cases";

    private readonly SharedStringTable _strings;
    private readonly Dictionary<int, int> _hijriByDay = [];
    private readonly Dictionary<string, (int Index, CellStyle Style)> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<Channel, int> _channels = [];
    private readonly Dictionary<Branch, int> _branches = [];
    private readonly Dictionary<ServiceType, int> _serviceTypes = [];
    private readonly Dictionary<CaseDecision, int> _decisions = [];

    public CaseRowsSheet(SharedStringTable strings)
    {
        _strings = strings;
    }

    public static string Name => WorkbookText.Get("Sheet_Cases");

    /// <summary>Room for the data: case numbers such as TRM-2026-004450 whole, dates, the longest channel label.</summary>
    public static IReadOnlyList<double> ColumnWidths { get; } =
        [18, 24, 14, 11, 12, 11, 14, 11, 11, 11, 11, 11, 9, 8, 8, 8, 11, 11, 8, 7, 7];

    /// <summary>The widths printed: <see cref="ColumnWidths"/>, widened where a header word needs it.</summary>
    public static IReadOnlyList<double> PrintWidths => HeaderFit.Widen(ColumnWidths, [Headers]);

    public static IReadOnlyList<string> Headers { get; } =
    [
        WorkbookText.Get("Col_CaseNumber"), WorkbookText.Get("Col_Channel"), WorkbookText.Get("Col_RawChannel"),
        WorkbookText.Get("Col_Branch"), WorkbookText.Get("Col_ServiceType"),
        StepDate(CaseStep.Received), WorkbookText.Get("Col_ReceivedHijri"),
        StepDate(CaseStep.DataVerified), StepDate(CaseStep.ReferredToResearcher), StepDate(CaseStep.Attested),
        StepDate(CaseStep.SubmittedToCommittee), StepDate(CaseStep.Decision),
        WorkbookText.Get("Col_Decision"), WorkbookText.Get("Col_DaysToDecision"), WorkbookText.Get("Col_BusinessDaysToDecision"),
        WorkbookText.Get("Col_DecidedWithinStandard"),
        StepDate(CaseStep.RegistrationCompleted), StepDate(CaseStep.ServiceDelivered),
        WorkbookText.Get("Col_DaysToDelivery"), WorkbookText.Get("Col_Incomplete"), WorkbookText.Get("Col_SurveyScore"),
    ];

    /// <summary>Writes the title rows, the header and one row per case; returns the table over them.</summary>
    public TableBlock Write(WorksheetXmlWriter writer, IReadOnlyList<Cell[]> titleRows, IEnumerable<CaseRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var title in titleRows)
        {
            writer.WriteRow(title);
        }

        writer.WriteRow([.. Headers.Select(h => Cell.Of(h, CellStyle.Header))], HeaderFit.Height(Headers, PrintWidths));
        var headerRow = writer.RowCount;
        var count = 0;
        foreach (var row in rows)
        {
            if ((count & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            WriteRow(writer, row);
            count++;
        }

        if (count == 0)
        {
            writer.StartRow();
        }

        return new TableBlock(TableName, Name, Headers, headerRow, count, HasTotals: false);
    }

    private static string StepDate(CaseStep step) => WorkbookText.Format("Col_StepDateFormat", ArabicLabels.For(step));

    private static void Date(WorksheetXmlWriter writer, DateOnly? date)
    {
        if (date is { } value)
        {
            writer.WriteNumber(ExcelDate.Serial(value), CellStyle.Date);
        }
        else
        {
            writer.WriteEmpty(CellStyle.Date);
        }
    }

    private static void Number(WorksheetXmlWriter writer, double? number, CellStyle style)
    {
        if (number is { } value && double.IsFinite(value))
        {
            writer.WriteNumber(value, style);
        }
        else
        {
            writer.WriteEmpty(style);
        }
    }

    private void WriteRow(WorksheetXmlWriter writer, CaseRow row)
    {
        writer.StartRow();
        writer.WriteInline(row.CaseNumber, CellStyle.Default);
        writer.WriteShared(Cached(_channels, row.Channel, ArabicLabels.For), CellStyle.Default);
        Label(writer, row.RawChannel);
        writer.WriteShared(Cached(_branches, row.Branch, ArabicLabels.For), CellStyle.Default);
        writer.WriteShared(Cached(_serviceTypes, row.ServiceType, ArabicLabels.For), CellStyle.Default);
        Date(writer, row.Received);
        if (row.Received is { } received)
        {
            if (!_hijriByDay.TryGetValue(received.DayNumber, out var index))
            {
                index = _strings.Index(WorkbookText.HijriDateText(received));
                _hijriByDay.Add(received.DayNumber, index);
            }

            writer.WriteShared(index, CellStyle.Default);
        }
        else
        {
            writer.WriteEmpty(CellStyle.Default);
        }

        Date(writer, row.DataVerified);
        Date(writer, row.ReferredToResearcher);
        Date(writer, row.Attested);
        Date(writer, row.SubmittedToCommittee);
        Date(writer, row.DecisionOn);
        writer.WriteShared(Cached(_decisions, row.Decision, ArabicLabels.For), CellStyle.Default);
        Number(writer, row.DaysToDecision, CellStyle.Decimal);
        Number(writer, row.BusinessDaysToDecision, CellStyle.Integer);
        Label(writer, row.DecidedWithinStandard is { } within ? WorkbookText.YesNo(within) : null);
        Date(writer, row.RegistrationCompleted);
        Date(writer, row.ServiceDelivered);
        Number(writer, row.DaysToDelivery, CellStyle.Decimal);
        Label(writer, WorkbookText.YesNo(row.IncompleteApplication));
        Number(writer, row.SurveyScore, CellStyle.Integer);
    }

    /// <summary>The shared-string index of an enum's label, looked up in the resources once per value.</summary>
    private int Cached<T>(Dictionary<T, int> cache, T value, Func<T, string> label)
        where T : struct, Enum
    {
        if (!cache.TryGetValue(value, out var index))
        {
            index = _strings.Index(SpreadsheetText.Sanitize(label(value)));
            cache.Add(value, index);
        }

        return index;
    }

    /// <summary>A repeated label as a shared string; the resource lookups behind labels are cached by text.</summary>
    private void Label(WorksheetXmlWriter writer, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            writer.WriteEmpty(CellStyle.Default);
            return;
        }

        if (!_labels.TryGetValue(text, out var label))
        {
            var sanitized = SpreadsheetText.Sanitize(text);
            label = (_strings.Index(sanitized), SpreadsheetText.StyleFor(sanitized, CellStyle.Default));
            _labels.Add(text, label);
        }

        writer.WriteShared(label.Index, label.Style);
    }
}
