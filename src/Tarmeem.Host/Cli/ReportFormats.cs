using Tarmeem.Host.Reports;

namespace Tarmeem.Host.Cli;

/// <summary>Reads <c>--format xlsx[,…]</c>.</summary>
public static class ReportFormats
{
    public const string Accepted = "xlsx";

    public static ReportFormat Parse(string? text)
    {
        var formats = ReportFormat.None;
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToUpperInvariant() switch
            {
                "XLSX" => ReportFormat.Xlsx,
                _ => throw new CommandInputException($"--format: '{part}' is not a format this build writes. Accepted: {Accepted}."),
            };
        }

        return formats == ReportFormat.None
            ? throw new CommandInputException($"--format: name at least one format. Accepted: {Accepted}.")
            : formats;
    }
}
