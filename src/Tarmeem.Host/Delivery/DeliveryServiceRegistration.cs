using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tarmeem.Host.Delivery;

/// <summary>Registers delivery: options (validated when first read, so commands without delivery need none), the Graph adapters and the service.</summary>
internal static class DeliveryServiceRegistration
{
    public static IServiceCollection AddTarmeemDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section));
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddSingleton(_ => new UploadSessionClient(new HttpClient { Timeout = TimeSpan.FromMinutes(5) }));
        services.AddSingleton<IReportMailer, GraphReportMailer>();
        services.AddSingleton<MailOnce>();
        services.AddSingleton<IReportLibrary, GraphReportLibrary>();
        services.AddSingleton<ReportEmailComposer>();
        services.AddSingleton<ReportDeliveryService>();
        services.AddSingleton<Review.ReportReviewService>();
        return services;
    }
}
