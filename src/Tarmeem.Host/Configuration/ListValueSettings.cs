using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.Configuration;

/// <summary>Turns <c>Tarmeem:Branches</c> and <c>Tarmeem:ServiceTypes</c> into the catalogs a command or the service runs with.</summary>
internal static class ListValueSettings
{
    /// <summary>Makes the settings' catalogs the ones this call flow uses; call before anything reads branches or service types.</summary>
    public static void Apply(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<IOptions<TarmeemOptions>>().Value;
        ValueCatalogs.Use(ValueCatalogs.Create<Branch>(Definitions(options.Branches)));
        ValueCatalogs.Use(ValueCatalogs.Create<ServiceType>(Definitions(options.ServiceTypes)));
    }

    /// <summary>
    /// Gives every request of <paramref name="app"/> the catalogs this call flow uses. <c>serve</c> applies them inside
    /// an async method, whose call-flow values end when it returns: without this, Kestrel's requests (the add-in's
    /// status, say) would see only the built-in branches.
    /// </summary>
    public static void ApplyToRequests(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var branches = ValueCatalogs.Current<Branch>();
        var serviceTypes = ValueCatalogs.Current<ServiceType>();
        app.Use((context, next) =>
        {
            ValueCatalogs.Use(branches);
            ValueCatalogs.Use(serviceTypes);
            return next(context);
        });
    }

    /// <summary>The mistakes in one list, each naming its key.</summary>
    public static IEnumerable<string> Errors<TEnum>(IList<ListValueOptions> values, string key)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(values);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < values.Count; i++)
        {
            var code = values[i].Code?.Trim() ?? string.Empty;
            var builtIn = ValueCatalogs.IsBuiltIn<TEnum>(code, out var value);
            if (code.Length == 0 || char.IsAsciiDigit(code[0]) || code[0] == '-' || (builtIn && value.Equals(default(TEnum))))
            {
                yield return $"{key}:{i}:Code is '{code}': give each a code starting with a letter (e.g. \"Rabigh\"); «غير محدد» ({default(TEnum)}) is built in.";
            }
            else if (!seen.Add(code))
            {
                yield return $"{key}:{i}:Code '{code}' is listed twice: give each its own code.";
            }
            else if (!builtIn && string.IsNullOrWhiteSpace(values[i].Label))
            {
                yield return $"{key}:{i}:Label is empty: give the Arabic name reports show for '{code}'.";
            }
        }
    }

    private static (string Code, string? Label)[] Definitions(IList<ListValueOptions> values) =>
        [.. values.Select(v => (v.Code.Trim(), string.IsNullOrWhiteSpace(v.Label) ? null : v.Label.Trim()))];
}
