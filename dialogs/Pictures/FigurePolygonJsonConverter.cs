using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// Reads and writes a polygon as pictures.json holds it, a list of [x, y] pairs: short enough for a
/// reviewer to read a zone's corners on one line.
/// </summary>
internal sealed class FigurePolygonJsonConverter : JsonConverter<FigurePolygon>
{
    public override FigurePolygon Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var pairs = JsonSerializer.Deserialize<List<double[]>>(ref reader, options)
            ?? throw new JsonException("A polygon is a list of [x, y] points.");
        if (pairs.Any(pair => pair is not { Length: 2 }))
        {
            throw new JsonException("Each point of a polygon is two numbers, [x, y].");
        }

        return new FigurePolygon(pairs.Select(pair => new FigurePoint(pair[0], pair[1])));
    }

    public override void Write(Utf8JsonWriter writer, FigurePolygon value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.Points.Select(p => new[] { p.X, p.Y }), options);
    }
}
