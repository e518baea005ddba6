using CoachBot.Dialogs.State;
using CoachBot.Testing;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Tests;

/// <summary>Sets up the person's profile before the dialog reads it (a running program, a known time zone).</summary>
internal sealed class ProfileSetup(UserState userState, Action<CoachProfile> setUp) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var profile = await userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName).GetAsync(turnContext, () => new CoachProfile(), cancellationToken);
        setUp(profile);
        await next(cancellationToken);
    }

    /// <summary>The profile as saved after the last turn.</summary>
    public static async Task<CoachProfile> SavedAsync(UserState userState, DialogTestClient client)
    {
        var turn = new TurnContext(client.Adapter, client.Adapter.Conversation.GetContinuationActivity());
        await userState.LoadAsync(turn, force: true);
        return await userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName).GetAsync(turn, () => new CoachProfile());
    }
}
