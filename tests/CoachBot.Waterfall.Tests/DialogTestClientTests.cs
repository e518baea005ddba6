namespace CoachBot.Waterfall.Tests;

public class DialogTestClientTests
{
    private sealed class StampMiddleware : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities(async (context, activities, nextSend) =>
            {
                foreach (var activity in activities)
                {
                    activity.Text = $"[stamped] {activity.Text}";
                }

                return await nextSend();
            });
            await next(cancellationToken);
        }
    }

    [Fact]
    public async Task The_client_begins_the_dialog_with_its_options_and_runs_the_middleware()
    {
        var client = new DialogTestClient(Channels.Test, new RecordingDialog("main"), "neck", [new StampMiddleware()]);

        Assert.Null(client.DialogTurnResult);
        var reply = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("[stamped] main begin neck", reply.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task The_client_saves_the_stack_under_DialogState_in_the_conversation_state_it_was_given()
    {
        var storage = JsonStorage.WithAllowedTypes();
        var client = new DialogTestClient(Channels.Test, new RecordingDialog("main"), conversationState: new ConversationState(storage));
        await client.SendActivityAsync<IMessageActivity>("hi");

        var (key, json) = storage.Items.Single();
        var stack = Newtonsoft.Json.Linq.JObject.Parse(json)["DialogState"]!["dialogStack"]!;

        Assert.StartsWith("test/conversations/", key);
        // With type names on, a list is written as {"$type": ..., "$values": [...]}.
        Assert.Equal("main", (string?)stack["$values"]![0]!["id"]);
    }

    [Fact]
    public async Task GetNextReply_returns_each_reply_of_a_turn_in_order_then_null()
    {
        var waterfall = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("one", cancellationToken: ct);
                await step.Context.SendActivityAsync("two", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]);
        var client = new DialogTestClient(Channels.Test, waterfall);

        var first = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("one", first.Text);
        Assert.Equal("two", client.GetNextReply<IMessageActivity>().Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
    }
}
