using Azure.Data.Tables;
using CoachBot.Storage;
using CoachBot.Testing;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoachBot.Tests.Storage;

/// <summary>
/// The engine's dialog state written to Azure Table storage (Azurite) and read back between every
/// turn: a nested component with a waterfall and each prompt kind, state saved with type names and
/// restricted by the allowed-types binder, as in production.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DialogStateOverTablesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_nested_waterfall_with_every_prompt_survives_a_table_round_trip_between_turns()
    {
        var table = new TableClient(azurite.ConnectionString, azurite.UniqueTableName("dlg"));
        var client = new DialogTestClient(Channels.Test, new Questionnaire(), conversationState: new ConversationState(new TableStorage(table)));

        Assert.Equal("Your name?", (await client.SendActivityAsync<IMessageActivity>("hi")).Text);
        Assert.Equal("How bad, 0-10?", (await client.SendActivityAsync<IMessageActivity>("Sam")).Text);
        Assert.Equal("How bad, 0-10?", (await client.SendActivityAsync<IMessageActivity>("ouch")).Text);
        Assert.Equal("Which area?", (await client.SendActivityAsync<IMessageActivity>("7")).Text);
        Assert.StartsWith("Keep a log?", (await client.SendActivityAsync<IMessageActivity>("my lower back")).Text, StringComparison.Ordinal);
        var summary = await client.SendActivityAsync<IMessageActivity>("yep");

        Assert.Equal("Sam, 7, Lower back, log: True", summary.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    /// <summary>A component holding a waterfall and its prompts, as the coach's dialogs are built.</summary>
    private sealed class Questionnaire : ComponentDialog
    {
        public Questionnaire()
            : base(nameof(Questionnaire))
        {
            AddDialog(new WaterfallDialog("steps", [AskNameAsync, AskPainAsync, AskAreaAsync, AskLogAsync, SummariseAsync]));
            AddDialog(new TextPrompt("text"));
            AddDialog(new NumberPrompt<int>("number"));
            AddDialog(new ChoicePrompt("choice") { Style = ListStyle.None });
            AddDialog(new ConfirmPrompt("confirm") { Style = ListStyle.None });
        }

        private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Your name?") }, ct);

        private static Task<DialogTurnResult> AskPainAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["name"] = step.Result!;
            return step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("How bad, 0-10?") }, ct);
        }

        private static Task<DialogTurnResult> AskAreaAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["pain"] = step.Result!;
            return step.PromptAsync("choice", new PromptOptions
            {
                Prompt = MessageFactory.Text("Which area?"),
                Choices = ChoiceFactory.ToChoices(["Neck", "Upper back", "Lower back"]),
            }, ct);
        }

        private static Task<DialogTurnResult> AskLogAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["area"] = ((FoundChoice)step.Result!).Value;
            return step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Keep a log?") }, ct);
        }

        private static async Task<DialogTurnResult> SummariseAsync(WaterfallStepContext step, CancellationToken ct)
        {
            await step.Context.SendActivityAsync($"{step.Values["name"]}, {step.Values["pain"]}, {step.Values["area"]}, log: {step.Result}", cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }
    }
}
