using Azure.Data.Tables;

namespace CoachBot.Storage;

/// <summary>The coach's tables on the one shared <see cref="TableServiceClient"/>, by their settings.</summary>
public static class TableClients
{
    /// <summary>The table a setting of <see cref="TableStorageOptions"/> names, e.g. <c>o => o.PainRatingsTable</c>.</summary>
    public static TableClient For(IServiceProvider services, Func<TableStorageOptions, string> name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        return services.GetRequiredService<TableServiceClient>().GetTableClient(name(services.GetRequiredService<TableStorageOptions>()));
    }
}
