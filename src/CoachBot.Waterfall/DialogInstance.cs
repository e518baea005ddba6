using Newtonsoft.Json;

namespace CoachBot.Waterfall;

/// <summary>One entry of the dialog stack: which dialog, and its persisted state.</summary>
public class DialogInstance
{
    /// <summary>The id of the dialog this entry runs.</summary>
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's own state, saved with the conversation.</summary>
    [JsonProperty("state")]
    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>();
}
