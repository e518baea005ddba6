using CoachBot.Waterfall;
using Microsoft.Bot.Builder;

namespace CoachBot.Testing;

/// <summary>
/// Runs one prompt the way a bot does: a waterfall asks with the prompt, then says what it got
/// ("Got: ...") and ends with the prompt's result, so a test sees both the replies and the value.
/// </summary>
public sealed class PromptHost : ComponentDialog
{
    /// <summary>Creates the host around <paramref name="prompt"/>; <paramref name="describe"/> writes the result.</summary>
    public PromptHost(Dialog prompt, PromptOptions options, Func<object?, string>? describe = null)
        : base("host")
    {
        describe ??= result => Convert.ToString(result, System.Globalization.CultureInfo.InvariantCulture) ?? "(null)";
        AddDialog(new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Got: {describe(step.Result)}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        AddDialog(prompt);
    }

    /// <summary>A client running <paramref name="prompt"/> in <paramref name="locale"/> on <paramref name="channel"/>.</summary>
    public static DialogTestClient Client(Dialog prompt, PromptOptions options, string locale = "en-US", string channel = "test", Func<object?, string>? describe = null)
    {
        var client = new DialogTestClient(channel, new PromptHost(prompt, options, describe));
        client.Adapter.Locale = locale;
        return client;
    }

    /// <summary>Prompt options with a question and, when given, a retry question.</summary>
    public static PromptOptions Ask(string prompt, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };
}
