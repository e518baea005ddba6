using Azure.Data.Tables;
using CoachBot.Storage;

namespace CoachBot.Exports;

/// <summary>Registers the therapist export: the link store, the link service and what the endpoints read.</summary>
public static class ExportServiceExtensions
{
    /// <summary>
    /// Adds the export services. They read what AddCoachBot registers once for everyone: the
    /// <see cref="TableServiceClient"/>, <see cref="TableStorageOptions"/>, the pain log and the clock.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSingleton(sp => new ExportLinkStore(
            TableClients.For(sp, o => o.ExportLinksTable),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ExportLinkService(sp.GetRequiredService<ExportLinkStore>(), sp.GetRequiredService<ExportOptions>().PublicBaseUrl.ToString()));
        return services;
    }
}
