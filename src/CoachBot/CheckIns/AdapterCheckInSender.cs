using System.Globalization;
using System.Net;
using CoachBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoachBot.CheckIns;

/// <summary>
/// Sends a check-in the way every proactive message goes: through the production adapter with
/// ContinueConversationAsync, as an event activity ("checkIn") the bot turns into the check-in
/// conversation. The channel's answer is caught here rather than in the adapter's error handler,
/// because a 429 or a 403 is not a broken turn but a message to the scheduler.
/// </summary>
public sealed class AdapterCheckInSender(CoachBotAdapter adapter, IServiceScopeFactory scopes, IConfiguration configuration) : ICheckInSender
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public async Task<CheckInDelivery> SendAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var activity = checkIn.Reference.GetContinuationActivity();
        activity.Type = ActivityTypes.Event;
        activity.Name = CoachBot.Dialogs.CheckIns.CheckInStart.EventName;
        activity.Value = checkIn.DueAt.UtcTicks;
        activity.Id = "checkin-" + checkIn.RowKey;

        ErrorResponseException? refused = null;
        using var scope = scopes.CreateScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        await adapter.ContinueConversationAsync(configuration["MicrosoftAppId"] ?? string.Empty, activity, async (turn, ct) =>
        {
            try
            {
                await bot.OnTurnAsync(turn, ct).ConfigureAwait(false);
            }
            catch (ErrorResponseException e)
            {
                refused = e;
            }
        }, cancellationToken).ConfigureAwait(false);

        return refused is null ? CheckInDelivery.Delivered : Classify(refused);
    }

    private static CheckInDelivery Classify(ErrorResponseException refused) => refused.Response?.StatusCode switch
    {
        HttpStatusCode.TooManyRequests => new CheckInDelivery(CheckInDeliveryKind.RetryLater, RetryAfter(refused)),
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound => CheckInDelivery.Gone,
        _ => CheckInDelivery.Failed,
    };

    private static TimeSpan RetryAfter(ErrorResponseException refused)
    {
        var headers = refused.Response?.Headers;
        if (headers is not null && headers.TryGetValue("Retry-After", out var values))
        {
            var value = values.FirstOrDefault();
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(Math.Max(0, seconds));
            }

            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return at - DateTimeOffset.UtcNow;
            }
        }

        return DefaultRetryAfter;
    }
}
