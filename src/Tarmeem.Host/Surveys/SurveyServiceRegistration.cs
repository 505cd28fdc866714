using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Tarmeem.Core.Time;
using Tarmeem.Host.Scheduling;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Planning;

namespace Tarmeem.Host.Surveys;

/// <summary>Registers the survey rules, templates, the Graph mailbox and the round the scheduler runs. Options are validated at start.</summary>
internal static class SurveyServiceRegistration
{
    public static IServiceCollection AddTarmeemSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SurveyOptions>().Bind(configuration.GetSection(SurveyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SurveyOptions>, SurveyOptionsValidator>();
        services.AddSingleton(sp => new SendWindow(Options(sp), sp.GetRequiredService<BusinessCalendar>()));
        services.AddSingleton(sp => new SurveyPlanner(Options(sp), sp.GetRequiredService<SendWindow>()));
        // Resolved only by commands that compose mail or pages, so a missing template never stops `report`.
        services.AddSingleton(sp => SurveyTemplates.Load(Options(sp).TemplatesDirectory));
        services.AddSingleton<ISurveyMailbox>(sp => new GraphSurveyMailbox(sp.GetRequiredService<GraphServiceClient>(), Options(sp).Mailbox));
        services.AddSingleton<SurveyRound>();
        services.AddSingleton<ISurveyDispatcher>(sp => sp.GetRequiredService<SurveyRound>());
        return services;
    }

    private static SurveyOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<SurveyOptions>>().Value;
}
