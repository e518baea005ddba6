using Azure.Data.Tables;
using CoachBot.Dialogs.Ratings;
using CoachBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Exports;

/// <summary>Registers the therapist export: the link store, the link service and what the endpoints read.</summary>
public static class ExportServiceExtensions
{
    /// <summary>
    /// Adds the export services. Expects the <see cref="TableServiceClient"/> and
    /// <see cref="TableStorageOptions"/> that AddCoachBot registers; adds the pain log and the
    /// clock only if nothing registered them yet, so the conversation's registration wins.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var publicBaseUrl = configuration[ExportLinkService.PublicBaseUrlKey];
        if (string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            publicBaseUrl = ExportLinkService.DefaultPublicBaseUrl;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPainLog>(sp => new TablePainLog(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(sp.GetRequiredService<TableStorageOptions>().PainRatingsTable)));
        services.AddSingleton(sp => new ExportLinkStore(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(sp.GetRequiredService<TableStorageOptions>().ExportLinksTable),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ExportLinkService(sp.GetRequiredService<ExportLinkStore>(), publicBaseUrl));
        return services;
    }
}
