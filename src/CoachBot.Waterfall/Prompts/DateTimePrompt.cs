using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.DateTime;

namespace CoachBot.Waterfall;

/// <summary>
/// Asks for a date or time, read with Microsoft.Recognizers.Text.DateTime in the activity's locale
/// ("8am", "tomorrow at 7 pm", "in 2 hours", "mañana a las 7 de la tarde"). The result is every
/// reading the recognizer found, each with its TIMEX expression ("T08", "2026-11-26T19").
/// </summary>
/// <remarks>
/// Relative answers resolve against a reference time: the instant comes from the prompt's
/// <see cref="TimeProvider"/> (the system clock unless one is given, so tests and the bot share one
/// controllable clock), seen in the person's time zone, which is the offset of the activity's
/// <c>localTimestamp</c> when the channel sends one, else the provider's local zone. "Tomorrow"
/// therefore means the person's tomorrow, not the server's.
/// </remarks>
public class DateTimePrompt : Prompt<IList<DateTimeResolution>>
{
    private readonly TimeProvider _time;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Optional validation.</param>
    /// <param name="defaultLocale">The locale used when the activity has none.</param>
    /// <param name="time">The clock for relative answers; the system clock by default.</param>
    public DateTimePrompt(string dialogId, PromptValidator<IList<DateTimeResolution>>? validator = null, string? defaultLocale = null, TimeProvider? time = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The locale used when the activity has none.</summary>
    public string? DefaultLocale { get; set; }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<IList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var culture = PromptCulture.For(activity.Locale, DefaultLocale);
        var reference = ReferenceTime(activity.LocalTimestamp);
        var resolutions = new List<DateTimeResolution>();
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            foreach (var result in DateTimeRecognizer.RecognizeDateTime(activity.Text, culture, DateTimeOptions.None, reference))
            {
                if (result.Resolution?.GetValueOrDefault("values") is IEnumerable<Dictionary<string, string>> values)
                {
                    resolutions.AddRange(values.Select(v => new DateTimeResolution
                    {
                        Value = v.GetValueOrDefault("value"),
                        Start = v.GetValueOrDefault("start"),
                        End = v.GetValueOrDefault("end"),
                        Timex = v.GetValueOrDefault("timex"),
                    }));
                }
            }
        }

        return Task.FromResult(new PromptRecognizerResult<IList<DateTimeResolution>> { Succeeded = resolutions.Count > 0, Value = resolutions });
    }

    /// <summary>The clock time relative answers are resolved against; see the class remarks.</summary>
    /// <param name="localTimestamp">The activity's local timestamp, for the person's UTC offset.</param>
    /// <returns>The person's wall-clock time now.</returns>
    protected DateTime ReferenceTime(DateTimeOffset? localTimestamp) =>
        localTimestamp is { } local
            ? _time.GetUtcNow().ToOffset(local.Offset).DateTime
            : _time.GetLocalNow().DateTime;
}
