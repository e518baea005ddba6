using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CoachBot.DirectLine;

/// <summary>
/// JSON for Direct Line bodies. Activities are Newtonsoft types (Microsoft.Bot.Schema), so the
/// same serializer the Bot Framework uses reads and writes them: camelCase names, nulls left out,
/// unknown properties (such as channelData fields) kept.
/// </summary>
public static class DirectLineJson
{
    /// <summary>The settings the Bot Framework's own HTTP helpers use.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
    };

    /// <summary>Serializes <paramref name="value"/>.</summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Reads an activity, or null when <paramref name="json"/> is not one.</summary>
    public static Activity? ReadActivity(string json)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(json, Settings);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A deep copy, so that what the bot does to its activity does not change what the client is sent.</summary>
    public static Activity Clone(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(Serialize(activity), Settings)!;

    /// <summary>An HTTP result with <paramref name="value"/> as its JSON body.</summary>
    public static IResult Result(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(Serialize(value), "application/json", Encoding.UTF8, statusCode);
}
