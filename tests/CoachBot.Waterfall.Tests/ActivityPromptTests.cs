using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall.Tests;

public class ActivityPromptTests
{
    private const string TimerName = "releaseTimer";

    // Ends the hold on the release timer or on any message; other events (and typing) wait on.
    private static Task<bool> TimerOrMessage(PromptValidatorContext<Activity> context, CancellationToken cancellationToken)
    {
        var activity = context.Recognized.Value;
        return Task.FromResult(
            (activity.Type == ActivityTypes.Event && activity.Name == TimerName)
            || (activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text)));
    }

    /// <summary>A release routine: hold the stretch until the timer fires or the person speaks, then say which.</summary>
    private static ComponentDialog Release(PromptValidator<Activity>? validator = null, string hold = "Hold the stretch for 30 seconds.", string? retry = null)
    {
        var release = new ComponentDialog("release");
        release.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("hold", PromptHost.Ask(hold, retry), ct),
            async (step, ct) =>
            {
                var activity = (Activity)step.Result!;
                var said = activity.Type == ActivityTypes.Event
                    ? $"Time is up ({activity.Name}, {((JObject)activity.Value)["stretch"]})."
                    : $"You said {activity.Text}; stopping the hold.";
                await step.Context.SendActivityAsync(said, cancellationToken: ct);
                return await step.EndDialogAsync(activity.Type, ct);
            },
        ]));
        release.AddDialog(new ActivityPrompt("hold", validator ?? TimerOrMessage));
        return release;
    }

    private static Activity TimerEvent(string name = TimerName) => new(ActivityTypes.Event)
    {
        Name = name,
        Value = new JObject { ["stretch"] = "neck-tilt" },
    };

    [Fact]
    public async Task A_timer_event_resumes_the_step_waiting_on_an_activity_prompt()
    {
        var client = new DialogTestClient(Channels.Test, Release());
        Assert.Equal("Hold the stretch for 30 seconds.", (await client.SendActivityAsync<IMessageActivity>("start")).Text);

        var reply = await client.SendActivityAsync<IMessageActivity>(TimerEvent());

        Assert.Equal("Time is up (releaseTimer, neck-tilt).", reply.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(ActivityTypes.Event, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task A_message_also_ends_the_wait_when_the_validator_accepts_it()
    {
        var client = new DialogTestClient(Channels.Test, Release());
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SendActivityAsync<IMessageActivity>("it hurts");

        Assert.Equal("You said it hurts; stopping the hold.", reply.Text);
    }

    [Fact]
    public async Task An_unrelated_event_is_turned_down_silently_and_the_prompt_keeps_waiting()
    {
        var client = new DialogTestClient(Channels.Test, Release());
        await client.SendActivityAsync<IMessageActivity>("start");

        var onOther = await client.SendActivityAsync<IActivity>(TimerEvent("checkInTimer"));
        var onTyping = await client.SendActivityAsync<IActivity>(new Activity(ActivityTypes.Typing));
        var onTimer = await client.SendActivityAsync<IMessageActivity>(TimerEvent());

        Assert.Null(onOther);
        Assert.Null(onTyping);
        Assert.Equal("Time is up (releaseTimer, neck-tilt).", onTimer.Text);
    }

    [Fact]
    public async Task A_turned_down_message_gets_the_retry_prompt_in_spanish()
    {
        Task<bool> OnlyTimerOrListo(PromptValidatorContext<Activity> context, CancellationToken ct)
        {
            var activity = context.Recognized.Value;
            return Task.FromResult(activity.Name == TimerName || string.Equals(activity.Text, "listo", StringComparison.OrdinalIgnoreCase));
        }

        var client = new DialogTestClient(Channels.Test, Release(OnlyTimerOrListo, "Mantén el estiramiento 30 segundos.", "Escribe «listo» cuando termines."));
        Assert.Equal("Mantén el estiramiento 30 segundos.", (await client.SendActivityAsync<IMessageActivity>("empezar")).Text);

        var retry = await client.SendActivityAsync<IMessageActivity>("vale");
        var done = await client.SendActivityAsync<IMessageActivity>("listo");

        Assert.Equal("Escribe «listo» cuando termines.", retry.Text);
        Assert.Equal("You said listo; stopping the hold.", done.Text);
    }

    [Fact]
    public async Task A_validator_sees_how_many_activities_arrived_and_can_answer_itself()
    {
        var counts = new List<int>();
        async Task<bool> Counting(PromptValidatorContext<Activity> context, CancellationToken ct)
        {
            counts.Add(context.AttemptCount);
            if (context.Recognized.Value.Type == ActivityTypes.Message)
            {
                await context.Context.SendActivityAsync("Keep holding; I'll tell you when.", cancellationToken: ct);
                return false;
            }

            return context.Recognized.Value.Name == TimerName;
        }

        var client = new DialogTestClient(Channels.Test, Release(Counting));
        await client.SendActivityAsync<IMessageActivity>("start");

        var told = await client.SendActivityAsync<IMessageActivity>("how long?");
        var nothingMore = client.GetNextReply<IMessageActivity>();
        await client.SendActivityAsync<IMessageActivity>(TimerEvent());

        Assert.Equal("Keep holding; I'll tell you when.", told.Text);
        Assert.Null(nothingMore);
        Assert.Equal([1, 2], counts);
    }

    [Fact]
    public async Task A_timer_event_reaches_a_prompt_nested_two_components_deep_after_state_was_saved()
    {
        var session = new ComponentDialog("session");
        session.AddDialog(new WaterfallDialog("sessionSteps",
        [
            (step, ct) => step.BeginDialogAsync("release", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Release finished by {step.Result}.", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        session.AddDialog(Release());
        var state = new ConversationState(new MemoryStorage());
        await new DialogTestClient(Channels.Test, session, conversationState: state).SendActivityAsync<IMessageActivity>("start");

        // A new client over the same storage, as after a restart of the bot.
        var client = new DialogTestClient(Channels.Test, session, conversationState: state);
        var reply = await client.SendActivityAsync<IMessageActivity>(TimerEvent());

        Assert.Equal("Time is up (releaseTimer, neck-tilt).", reply.Text);
        Assert.Equal("Release finished by event.", client.GetNextReply<IMessageActivity>().Text);
    }

    [Fact]
    public void An_activity_prompt_needs_a_validator() =>
        Assert.Throws<ArgumentNullException>(() => new ActivityPrompt("hold", null!));
}
