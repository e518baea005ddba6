using CoachBot.Dialogs.Pictures;
using Microsoft.Net.Http.Headers;

namespace CoachBot.Pictures;

/// <summary>
/// The pictures: GET /pictures/areas/{areaId}.png?side=left|right|both|middle (both when no side
/// is given) and GET /pictures/body.png. They hold nothing about anyone, so any browser or proxy
/// may keep them for a day and then revalidate with the ETag.
/// </summary>
public static class PictureEndpoints
{
    /// <summary>How long a browser or proxy may keep a picture without asking again.</summary>
    public const string CacheControl = "public, max-age=86400";

    /// <summary>Maps the area pictures and the body map at <see cref="PictureLinks"/>'s addresses.</summary>
    public static WebApplication MapPictures(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(PictureLinks.AreaRoute, (string areaId, string? side, PictureCache pictures, HttpResponse response) =>
        {
            if (!pictures.HasArea(areaId))
            {
                return Results.NotFound();
            }

            var chosen = string.IsNullOrEmpty(side) ? PictureSides.Both : side.ToLowerInvariant();
            if (!PictureSides.IsKnown(chosen))
            {
                return Results.Text($"{PictureLinks.SideParameter} must be one of {string.Join(", ", PictureSides.All)}.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            return Serve(response, pictures.Area(areaId, chosen)!);
        });
        app.MapGet(PictureLinks.BodyMapPath, (PictureCache pictures, HttpResponse response) => Serve(response, pictures.BodyMap));
        return app;
    }

    private static IResult Serve(HttpResponse response, RenderedPicture picture)
    {
        response.Headers.CacheControl = CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(picture.Png, BodyPicture.ContentType, entityTag: new EntityTagHeaderValue(picture.ETag));
    }
}
