using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tarmeem.Host.AddIn;

/// <summary>The add-in's settings, validated at start like every other section.</summary>
internal static class AddInRegistration
{
    public static IServiceCollection AddTarmeemAddIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AddInOptions>().Bind(configuration.GetSection(AddInOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AddInOptions>, AddInOptionsValidator>();
        return services;
    }
}
