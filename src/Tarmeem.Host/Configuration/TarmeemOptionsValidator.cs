using System.Globalization;
using Microsoft.Extensions.Options;
using Tarmeem.Store;

namespace Tarmeem.Host.Configuration;

/// <summary>
/// Checks the settings at start so that a mistake stops the program before any work, with the exact
/// configuration key to fix (DataAnnotations would name only the property, not its section).
/// </summary>
internal sealed class TarmeemOptionsValidator : IValidateOptions<TarmeemOptions>
{
    public ValidateOptionsResult Validate(string? name, TarmeemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var prefix = TarmeemOptions.Section;

        if (string.IsNullOrWhiteSpace(options.Data.Directory))
        {
            errors.Add($"{prefix}:Data:Directory is empty: give the folder of the store, e.g. \"data\".");
        }

        errors.AddRange(DataErrors(options.Data, $"{prefix}:Data"));

        if (string.IsNullOrWhiteSpace(options.Reports.OutputDirectory))
        {
            errors.Add($"{prefix}:Reports:OutputDirectory is empty: give the folder reports are written to, e.g. \"reports\".");
        }

        if (options.Reports.DecisionStandardDays is < 1 or > 365)
        {
            errors.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{prefix}:Reports:DecisionStandardDays is {options.Reports.DecisionStandardDays}: it must be a number of days from 1 to 365 (the policy's standard is 14)."));
        }

        if (!Enum.TryParse<Tarmeem.Reporting.Charts.ChartDigits>(options.Reports.Digits, ignoreCase: true, out _))
        {
            errors.Add($"{prefix}:Reports:Digits is '{options.Reports.Digits}': use ArabicIndic or Latin.");
        }

        if (options.Reports.PdfTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:Reports:PdfTimeout must be a positive duration such as \"00:02:00\".");
        }

        if (!string.IsNullOrWhiteSpace(options.Reports.TemplatesDirectory) && !Directory.Exists(options.Reports.TemplatesDirectory))
        {
            errors.Add($"{prefix}:Reports:TemplatesDirectory '{options.Reports.TemplatesDirectory}' does not exist: give the folder holding management-report.docx and board-report.docx, or leave it empty for the shipped ones.");
        }

        errors.AddRange(ListValueSettings.Errors<Core.Domain.Branch>(options.Branches, $"{prefix}:Branches"));
        errors.AddRange(ListValueSettings.Errors<Core.Domain.ServiceType>(options.ServiceTypes, $"{prefix}:ServiceTypes"));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> DataErrors(DataOptions data, string prefix)
    {
        if (!Enum.IsDefined(data.Provider))
        {
            yield return $"{prefix}:Provider is '{data.Provider}': use {StoreProvider.Sqlite} (the default) or {StoreProvider.PostgreSql}.";
        }

        if (data.Provider == StoreProvider.PostgreSql && string.IsNullOrWhiteSpace(data.ConnectionString))
        {
            yield return $"{prefix}:ConnectionString is empty: {prefix}:Provider {StoreProvider.PostgreSql} needs the server, "
                + "e.g. \"Host=db.example;Database=tarmeem;Username=tarmeem\".";
        }

        if (!string.IsNullOrWhiteSpace(data.ConnectionString) && HasPassword(data.ConnectionString))
        {
            yield return $"{prefix}:ConnectionString holds a password: remove Password= from it and give the password in "
                + "the PGPASSWORD environment variable or a pgpass file, where it is not in a settings file.";
        }
    }

    private static bool HasPassword(string connectionString)
    {
        try
        {
            var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            return builder.Keys.Cast<string>().Any(key =>
                key.Equals("Password", StringComparison.OrdinalIgnoreCase) || key.Equals("Pwd", StringComparison.OrdinalIgnoreCase));
        }
        catch (ArgumentException)
        {
            // Not parseable: refuse it all the same if it mentions a password, without echoing it.
            return connectionString.Contains("password", StringComparison.OrdinalIgnoreCase);
        }
    }
}
