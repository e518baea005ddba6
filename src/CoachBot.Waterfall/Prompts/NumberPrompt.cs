using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Waterfall;

/// <summary>
/// Asks for a number, as the official NumberPrompt does: the answer is read with
/// Microsoft.Recognizers.Text.Number in the activity's locale (else <see cref="DefaultLocale"/>,
/// else English), and the first number found is the value when it fits the type. "seven" and
/// "siete" are 7; "6 or 7" is 6; "7/10" is the fraction 0.7, so an int prompt does not take it,
/// nor "6.5"; a message with no number is asked again. A bot with its own reading of numbers
/// overrides <see cref="OnRecognizeAsync"/>.
/// </summary>
/// <typeparam name="T">int, long, float, double or decimal.</typeparam>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Optional validation (ranges, say).</param>
    /// <param name="defaultLocale">The locale used when the activity has none.</param>
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        if (typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(float) && typeof(T) != typeof(double) && typeof(T) != typeof(decimal))
        {
            throw new NotSupportedException($"NumberPrompt<{typeof(T).Name}> is not supported; use int, long, float, double or decimal.");
        }

        DefaultLocale = defaultLocale;
    }

    /// <summary>The locale used when the activity has none.</summary>
    public string? DefaultLocale { get; set; }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<T>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var culture = PromptCulture.For(turnContext.Activity.Locale, DefaultLocale);
        var first = NumberRecognizer.RecognizeNumber(text, culture).FirstOrDefault();
        if (RecognizedNumber.Parse(first?.Resolution?.GetValueOrDefault("value")) is { } number && TryConvert(number, out var value))
        {
            result.Succeeded = true;
            result.Value = value;
        }

        return Task.FromResult(result);
    }

    /// <summary>
    /// A recognized number as <typeparamref name="T"/>: an integer type takes whole numbers only
    /// (as int.TryParse does), the others any value in their range.
    /// </summary>
    protected static bool TryConvert(double number, out T value)
    {
        object? converted = typeof(T) switch
        {
            var t when t == typeof(int) && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (int)number,
            var t when t == typeof(long) && number == Math.Floor(number) && number is >= long.MinValue and <= long.MaxValue => (long)number,
            var t when t == typeof(float) => (float)number,
            var t when t == typeof(double) => number,
            var t when t == typeof(decimal) && Math.Abs(number) < 7.9e28 => (decimal)number,
            _ => null,
        };
        value = converted is T typed ? typed : default;
        return converted is not null;
    }
}
