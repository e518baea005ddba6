using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CoachBot.DirectLine;

/// <summary>
/// What GET activities answers and what every WebSocket frame carries: activities after the
/// client's watermark, and the watermark to ask from next. Watermarks are opaque to clients.
/// </summary>
/// <param name="Activities">The activities, oldest first.</param>
/// <param name="Watermark">Where the next read starts.</param>
public sealed record DirectLineActivitySet(
    [property: JsonProperty("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonProperty("watermark")] string Watermark);
