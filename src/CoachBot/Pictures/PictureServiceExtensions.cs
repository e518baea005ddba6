using CoachBot.Dialogs.Pictures;
using CoachBot.Exports;

namespace CoachBot.Pictures;

/// <summary>Registers the pictures: their cache, and the links the dialogs put in cards.</summary>
public static class PictureServiceExtensions
{
    /// <summary>
    /// Adds <see cref="PictureCache"/> and <see cref="PictureLinks"/>. The links start with
    /// Coach:PublicBaseUrl, read through <see cref="ExportOptions"/>, which binds and checks that
    /// setting once for the export links and the pictures alike.
    /// </summary>
    public static IServiceCollection AddPictures(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<PictureCache>();
        services.AddSingleton(sp => new PictureLinks(sp.GetRequiredService<ExportOptions>().PublicBaseUrl));
        return services;
    }
}
