using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tarmeem.Surveys.Page.Nodes;

/// <summary>
/// The survey page on several nodes sharing one store: the form key from <c>page_keys</c> (<see cref="StoredFormKeySource"/>)
/// and misses counted in <c>failed_guesses</c> (<see cref="StoredFailedGuessCounter"/>). Register before
/// <see cref="SurveyPageServices.AddSurveyPage"/>, whose file key and in-memory counter then stay unused, and call
/// <see cref="LoadSurveyPageKeyAsync"/> once the container is built, before the page is mapped.
/// </summary>
public static class SharedSurveyPage
{
    /// <param name="services">The application's services.</param>
    /// <param name="opener">Gives, from the built container, how the page opens a connection to the shared store.</param>
    /// <param name="protection">The key-encryption key of <see cref="PageKeyProtection.SettingKey"/>.</param>
    public static IServiceCollection AddSharedSurveyPage(
        this IServiceCollection services, Func<IServiceProvider, Func<CancellationToken, ValueTask<DbConnection>>> opener, PageKeyProtection protection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(opener);
        services.AddSingleton<IFormKeySource>(sp => new StoredFormKeySource(opener(sp), protection, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LoadedPageKey>();
        services.AddSingleton(sp => new FormSeal(sp.GetRequiredService<LoadedPageKey>().Key));
        services.AddSingleton<IFailedGuessCounter>(sp => new StoredFailedGuessCounter(
            opener(sp), sp.GetRequiredService<LoadedPageKey>().Key, sp.GetRequiredService<IOptions<SurveyOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Reads (or makes) the shared key now, so that a wrong <see cref="PageKeyProtection.SettingKey"/> stops the start
    /// rather than the first visitor; does nothing when the page keeps its key in a file.
    /// </summary>
    public static Task LoadSurveyPageKeyAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<LoadedPageKey>()?.LoadAsync(cancellationToken) ?? Task.CompletedTask;
    }
}
