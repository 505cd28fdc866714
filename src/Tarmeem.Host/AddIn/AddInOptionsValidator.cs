using Microsoft.Extensions.Options;

namespace Tarmeem.Host.AddIn;

/// <summary>Checked at start: an add-in that is switched on (a client id) must say whose tokens to trust and whom to let in.</summary>
internal sealed class AddInOptionsValidator : IValidateOptions<AddInOptions>
{
    private const string P = AddInOptions.Section;

    public ValidateOptionsResult Validate(string? name, AddInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && !authority.IsLoopback))
        {
            errors.Add($"{P}:Authority is '{options.Authority}': give the Entra authority, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0.");
        }

        if (string.IsNullOrWhiteSpace(options.StaffRole) && string.IsNullOrWhiteSpace(options.StaffGroupId))
        {
            errors.Add($"{P}:StaffRole and {P}:StaffGroupId are both empty: name the relations staff's app role or group, or nobody can read the status.");
        }

        if (!Uri.TryCreate(options.MsalModuleUrl, UriKind.Absolute, out var msal) || (msal.Scheme != Uri.UriSchemeHttps && !msal.IsLoopback))
        {
            errors.Add($"{P}:MsalModuleUrl is '{options.MsalModuleUrl}': give the https address of MSAL Browser as an ES module.");
        }

        if (options.FirstAnswerTarget <= TimeSpan.Zero)
        {
            errors.Add($"{P}:FirstAnswerTarget is {options.FirstAnswerTarget}: give a positive duration of business time, e.g. 1.00:00:00 for 24 hours.");
        }

        if (options.PublicBaseUrl.Length > 0 && !IsServiceRoot(options.PublicBaseUrl))
        {
            errors.Add($"{P}:PublicBaseUrl is '{options.PublicBaseUrl}': give the service's https root without a query, e.g. https://tarmeem.example.org.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static bool IsServiceRoot(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var root) && (root.Scheme == Uri.UriSchemeHttps || root.IsLoopback) && root.Query.Length == 0;
}
