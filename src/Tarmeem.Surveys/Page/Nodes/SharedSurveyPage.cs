using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tarmeem.Surveys.Page.Nodes;

/// <summary>
/// The survey page on several nodes sharing one store: the form key from <c>page_keys</c> (<see cref="StoredFormKeySource"/>)
/// and misses counted in <c>failed_guesses</c> (<see cref="StoredFailedGuessCounter"/>). Call before
/// <see cref="SurveyPageServices.AddSurveyPage"/>, whose file key and in-memory counter then stay unused.
/// </summary>
public static class SharedSurveyPage
{
    /// <summary>Reads (or makes) the shared key now, so that a wrong <see cref="PageKeyProtection.SettingKey"/> stops the start.</summary>
    public static async Task AddSharedSurveyPageAsync(
        this IServiceCollection services, Func<CancellationToken, ValueTask<DbConnection>> open, PageKeyProtection protection, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var key = await new StoredFormKeySource(open, protection, time).LoadKeyAsync(cancellationToken);
        services.AddSingleton(new FormSeal(key));
        services.AddSingleton<IFailedGuessCounter>(sp =>
            new StoredFailedGuessCounter(open, key, sp.GetRequiredService<IOptions<SurveyOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
    }
}
