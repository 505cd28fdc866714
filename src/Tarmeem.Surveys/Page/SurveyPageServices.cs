using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tarmeem.Surveys.Email;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// Services the survey page needs besides an <see cref="Core.Store.ISurveyStore"/>, a <see cref="TimeProvider"/> and
/// <c>IOptions&lt;SurveyOptions&gt;</c>, which the host registers.
/// </summary>
public static class SurveyPageServices
{
    public static IServiceCollection AddSurveyPage(this IServiceCollection services)
    {
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "tarmeem-survey-af";
            o.FormFieldName = "af";
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        });
        services.TryAddSingleton(sp => SurveyTemplates.Load(sp.GetRequiredService<IOptions<SurveyOptions>>().Value.TemplatesDirectory));
        services.TryAddSingleton<SurveyPageRenderer>();
        services.TryAddSingleton(sp => new FailedGuessLimiter(sp.GetRequiredService<IOptions<SurveyOptions>>().Value));
        services.TryAddSingleton<SurveyPageContext>();
        return services;
    }
}
