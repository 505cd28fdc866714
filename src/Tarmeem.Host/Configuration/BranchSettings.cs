using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.Configuration;

/// <summary>Turns <c>Tarmeem:Branches</c> into the <see cref="BranchCatalog"/> a command or the service runs with.</summary>
public static class BranchSettings
{
    /// <summary>Validates the settings and makes their catalog the one this call flow uses; call before anything reads branches.</summary>
    public static void Apply(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var branches = services.GetRequiredService<IOptions<TarmeemOptions>>().Value.Branches;
        BranchCatalog.Use(BranchCatalog.Create([.. branches.Select(b => (b.Code.Trim(), string.IsNullOrWhiteSpace(b.Label) ? null : b.Label.Trim()))]));
    }

    /// <summary>The mistakes in <c>Tarmeem:Branches</c>, each naming its key.</summary>
    public static IEnumerable<string> Errors(IList<BranchOptions> branches, string key)
    {
        ArgumentNullException.ThrowIfNull(branches);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < branches.Count; i++)
        {
            var code = branches[i].Code?.Trim() ?? string.Empty;
            var known = Enum.TryParse<Branch>(code, ignoreCase: true, out var value) && Enum.IsDefined(value) && !code.All(char.IsAsciiDigit);
            if (code.Length == 0 || code.All(char.IsAsciiDigit) || code.Equals(nameof(Branch.Unspecified), StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{key}:{i}:Code is '{code}': give each branch a code of letters (e.g. \"Rabigh\"); «غير محدد» (Unspecified) is built in.";
            }
            else if (!seen.Add(code))
            {
                yield return $"{key}:{i}:Code '{code}' is listed twice: give each branch its own code.";
            }
            else if (!known && string.IsNullOrWhiteSpace(branches[i].Label))
            {
                yield return $"{key}:{i}:Label is empty: give the Arabic name reports show for the new branch '{code}'.";
            }
        }
    }
}
