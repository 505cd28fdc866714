using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tarmeem.Surveys.Email;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// Services the survey page needs besides an <see cref="Store.Surveys.ISurveyStore"/>, a <see cref="TimeProvider"/> and
/// <c>IOptions&lt;SurveyOptions&gt;</c>, which the host registers. The form key is read (or made) in
/// <paramref name="dataDirectory"/> when the page is first used; a <see cref="FormSeal"/> and an
/// <see cref="IFailedGuessCounter"/> registered before this call (<see cref="Nodes.SharedSurveyPage"/>) replace the
/// file key and the in-memory counter.
/// </summary>
public static class SurveyPageServices
{
    public static IServiceCollection AddSurveyPage(this IServiceCollection services, string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        services.TryAddSingleton(sp => SurveyTemplates.Load(sp.GetRequiredService<IOptions<SurveyOptions>>().Value.TemplatesDirectory));
        services.TryAddSingleton<SurveyPageRenderer>();
        services.TryAddSingleton(_ => FormKeyFile.LoadOrCreate(dataDirectory));
        services.TryAddSingleton<IFailedGuessCounter>(sp =>
            new InMemoryFailedGuessCounter(sp.GetRequiredService<IOptions<SurveyOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SurveyPageContext>();
        return services;
    }
}
