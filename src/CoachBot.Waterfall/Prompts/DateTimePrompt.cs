using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.DateTime;

namespace CoachBot.Waterfall;

/// <summary>
/// Asks for a date or time, read with Microsoft.Recognizers.Text.DateTime ("8am", "tomorrow at
/// 7 pm", "in 2 hours"). Relative answers resolve against the activity's local timestamp when the
/// channel sends one, else against the prompt's clock (a <see cref="TimeProvider"/>, so tests can
/// fix the time).
/// </summary>
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
        var reference = activity.LocalTimestamp?.DateTime ?? _time.GetLocalNow().DateTime;
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
}
