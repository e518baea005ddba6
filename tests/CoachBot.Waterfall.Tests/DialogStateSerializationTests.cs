using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall.Tests;

public class DialogStateSerializationTests
{
    /// <summary>
    /// A session that keeps a bit of everything in its state: a choice, a number and a list in the
    /// waterfall's values, typed options, a nested component and a prompt with choices.
    /// </summary>
    private static ComponentDialog Session()
    {
        var rating = new ComponentDialog("rating");
        rating.AddDialog(new WaterfallDialog("ratingSteps",
        [
            (step, ct) => step.PromptAsync("number", PromptHost.Ask($"How bad is your {((SessionOptions)step.Options!).Area}?", "A number from 0 to 10, please."), ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        rating.AddDialog(new NumberPrompt<int>("number"));

        var session = new ComponentDialog("session");
        session.AddDialog(new WaterfallDialog("sessionSteps",
        [
            (step, ct) => step.PromptAsync("area", new PromptOptions
            {
                Prompt = MessageFactory.Text("Where does it hurt?"),
                Choices = ChoiceFactory.ToChoices(["neck", "upper back", "lower back"]),
            }, ct),
            (step, ct) =>
            {
                var found = (FoundChoice)step.Result!;
                step.Values["area"] = found;
                step.Values["visits"] = 3;
                step.Values["history"] = new List<int> { 4, 5 };
                return step.BeginDialogAsync("rating", new SessionOptions { Area = found.Value, Started = new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.FromHours(-5)) }, ct);
            },
            async (step, ct) =>
            {
                var area = As<FoundChoice>(step.Values["area"]);
                var visits = Convert.ToInt32(step.Values["visits"], System.Globalization.CultureInfo.InvariantCulture);
                var history = ((System.Collections.IEnumerable)step.Values["history"]).Cast<object>().Count();
                var summary = $"{area.Value} (choice {area.Index + 1}) rated {step.Result} on visit {visits} after {history} ratings";
                await step.Context.SendActivityAsync(summary, cancellationToken: ct);
                return await step.EndDialogAsync(summary, ct);
            },
        ]));
        session.AddDialog(new ChoicePrompt("area"));
        session.AddDialog(rating);
        return session;
    }

    // Storage with type names gives values back as the objects saved; storage without them as JSON.
    private static T As<T>(object value) => value is JObject json ? json.ToObject<T>()! : (T)value;

    private static async Task RunSessionAsync(IStorage storage)
    {
        // A fresh client, dialog and adapter every turn: nothing survives but what the storage holds.
        async Task<string?> TurnAsync(string text) =>
            (await new DialogTestClient(Channels.Test, Session(), conversationState: new ConversationState(storage)).SendActivityAsync<IMessageActivity>(text))?.Text;

        Assert.Equal("Where does it hurt?", await TurnAsync("hi"));
        Assert.Equal("How bad is your lower back?", await TurnAsync("my lower back"));
        Assert.Equal("A number from 0 to 10, please.", await TurnAsync("bad"));
        Assert.Equal("lower back (choice 3) rated 7 on visit 3 after 2 ratings", await TurnAsync("7"));
    }

    [Fact]
    public async Task A_session_survives_storage_with_type_names_and_the_bot_s_allow_list_between_every_turn() =>
        await RunSessionAsync(JsonStorage.WithAllowedTypes());

    [Fact]
    public async Task A_session_survives_storage_without_type_names_between_every_turn_with_step_values_as_json()
    {
        // The engine's own state (stack, step index, prompt options and attempts, inner stacks)
        // converts itself back from JSON; a step's own values cannot, since nothing says their type.
        await RunSessionAsync(JsonStorage.WithoutTypeNames());
    }

    [Fact]
    public async Task A_session_survives_MemoryStorage_between_every_turn() =>
        await RunSessionAsync(new MemoryStorage());

    [Fact]
    public async Task The_stored_json_uses_the_official_property_names()
    {
        var storage = JsonStorage.WithoutTypeNames();
        var state = new ConversationState(storage);
        await new DialogTestClient(Channels.Test, Session(), conversationState: state).SendActivityAsync<IMessageActivity>("hi");
        await new DialogTestClient(Channels.Test, Session(), conversationState: state).SendActivityAsync<IMessageActivity>("neck");

        var stored = JObject.Parse(storage.Items.Values.Single());
        var session = stored["DialogState"]!["dialogStack"]![0]!;
        var sessionSteps = session["state"]!["dialogs"]!["dialogStack"]![1]!;
        var rating = session["state"]!["dialogs"]!["dialogStack"]![0]!;
        var number = rating["state"]!["dialogs"]!["dialogStack"]![0]!;

        Assert.Equal("session", (string?)session["id"]);
        Assert.Equal("sessionSteps", (string?)sessionSteps["id"]);
        Assert.Equal(1, (int)sessionSteps["state"]!["stepIndex"]!);
        Assert.NotNull(sessionSteps["state"]!["instanceId"]);
        Assert.Equal("neck", (string?)sessionSteps["state"]!["values"]!["area"]!["Value"]);
        Assert.Equal("rating", (string?)rating["id"]);
        Assert.Equal("number", (string?)number["id"]);
        Assert.Equal(0, (int)number["state"]!["state"]!["AttemptCount"]!);
        Assert.Equal("How bad is your neck?", (string?)number["state"]!["options"]!["Prompt"]!["text"]);
    }

    [Fact]
    public async Task A_dialog_state_round_trips_through_JsonConvert_with_type_names_and_continues_mid_waterfall()
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
        var first = new DialogTestClient(Channels.Test, Session());
        await first.SendActivityAsync<IMessageActivity>("hi");
        await first.SendActivityAsync<IMessageActivity>("upper back");
        var live = new DialogState(first.DialogContext!.Stack);

        var json = JsonConvert.SerializeObject(live, settings);
        var copy = JsonConvert.DeserializeObject<DialogState>(json, settings)!;

        var session = copy.DialogStack.Single();
        var inner = Assert.IsType<DialogState>(session.State["dialogs"]);
        var steps = inner.DialogStack.Single(i => i.Id == "sessionSteps");
        var values = Assert.IsType<Dictionary<string, object>>(steps.State["values"]);
        Assert.Equal("upper back", Assert.IsType<FoundChoice>(values["area"]).Value);
        var ratingInner = Assert.IsType<DialogState>(inner.DialogStack.Single(i => i.Id == "rating").State["dialogs"]);
        var options = Assert.IsType<SessionOptions>(ratingInner.DialogStack.Single(i => i.Id == "ratingSteps").State["options"]);
        Assert.Equal(TimeSpan.FromHours(-5), options.Started.Offset);

        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "five" }, copy, Session());
        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(["upper back (choice 2) rated 5 on visit 3 after 2 ratings"], Turns.Texts(adapter));
    }

    [Fact]
    public void A_fresh_dialog_state_serializes_as_an_empty_dialog_stack() =>
        Assert.Equal("{\"dialogStack\":[]}", JsonConvert.SerializeObject(new DialogState()));
}
