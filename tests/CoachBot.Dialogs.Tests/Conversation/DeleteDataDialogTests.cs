using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Tests.CheckIns;
using CoachBot.Dialogs.Tests.Progress;
using CoachBot.Dialogs.Tests.Ratings;
using CoachBot.Dialogs.Tests.Routines;
using CoachBot.Testing;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Conversation;

public sealed class DeleteDataDialogTests
{
    private const string OtherConversationKey = "teams/conversations/a-teams-chat";

    private readonly MemoryStorage _storage = new();
    private readonly MemoryPainLog _log = new();
    private readonly RecordingTimers _timers = new();
    private readonly RecordingSchedule _schedule = new();
    private readonly RecordingReports _reports = new() { LinksToDelete = 2 };
    private readonly UserState _userState;

    public DeleteDataDialogTests() => _userState = new UserState(_storage);

    [Fact]
    public async Task Yes_deletes_the_ratings_the_schedule_the_links_the_timers_and_every_conversation_and_says_how_much()
    {
        var client = DeleteClient();
        await _storage.WriteAsync(new Dictionary<string, object> { [OtherConversationKey] = new { DialogState = "a stack" } }, CancellationToken.None);
        client.Adapter.Use(new ProfileSetup(_userState, p => p.Conversations = [TeamsChat()]));
        var person = UserKeys.For(client.Adapter.Conversation.GetContinuationActivity());
        _log.Ratings.AddRange([Rating(person, 6), Rating(person, 3), Rating("someone-else", 5)]);

        Assert.Equal([English.Text(TextKeys.DeleteAsk)], await SayAsync(client, "delete my data"));
        var replies = await SayAsync(client, "yes");

        Assert.Equal([English.Text(TextKeys.DeleteDone, new { count = 2, links = 2, conversations = 2 })], replies);
        Assert.Equal(["someone-else"], _log.Ratings.Select(r => r.UserKey));
        Assert.Equal(["stop"], _schedule.Calls);
        Assert.Equal([person], _reports.DeletedFor);
        Assert.Equal(2, _timers.Cancellations);
        Assert.Empty(await _storage.ReadAsync([OtherConversationKey], CancellationToken.None));
        Assert.True(client.DialogTurnResult!.Result is true);
    }

    [Fact]
    public async Task No_keeps_everything()
    {
        var client = DeleteClient();
        var person = UserKeys.For(client.Adapter.Conversation.GetContinuationActivity());
        _log.Ratings.Add(Rating(person, 6));

        await SayAsync(client, "delete my data");
        var replies = await SayAsync(client, "no, keep it");

        Assert.Equal([English.Text(TextKeys.DeleteKept)], replies);
        Assert.Single(_log.Ratings);
        Assert.Empty(_schedule.Calls);
        Assert.Empty(_reports.DeletedFor);
    }

    private DialogTestClient DeleteClient() =>
        Client(new DeleteDataDialog(Library, _log, _timers, _schedule, _reports, _storage, _userState), userState: _userState);

    private static ConversationReference TeamsChat() => new()
    {
        ChannelId = "teams",
        Conversation = new ConversationAccount(id: "a-teams-chat"),
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
    };

    private static PainRating Rating(string userKey, int rating) =>
        new(userKey, DateTimeOffset.UtcNow, rating, PainRatingPhases.Before, "neck", "left", 0, Guid.NewGuid().ToString("N"), "2027-03-07", "UTC", "test", Guid.NewGuid().ToString("N"));
}
