using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Waterfall;

/// <summary>
/// Asks for a number, read with Microsoft.Recognizers.Text.Number in the activity's locale, so
/// "seven", "about a 6" and "siete" are numbers. What people mean by the harder answers:
/// <list type="bullet">
/// <item>"7/10", "7 out of 10", "7 de 10": a score out of ten, so 7 (not 0.7).</item>
/// <item>"6 or 7", "6-7", "6 to 7", "six or seven": between the two, so their mean (6.5).</item>
/// <item>"6.5" (or a mean like the one above) for an integer type: rounded half away from zero,
/// so 7, because a person torn between two pain ratings is better taken at the higher.</item>
/// <item>Several unrelated numbers ("my neck is 6 and my back 4"): the first.</item>
/// </list>
/// </summary>
/// <typeparam name="T">int, long, float, double or decimal.</typeparam>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly Regex OutOf = new(@"(\d+(?:[.,]\d+)?)\s*(?:/|out of|de|sur|von|em)\s*(?:10|ten|diez|dix|zehn|dez)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    private static readonly Regex Between = new(@"\s(or|to|-|–|o|a|ou|oder|bis)\s|^\s*\d+\s*[-–]\s*\d+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);

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

    /// <summary>Reads what number <paramref name="text"/> means in <paramref name="culture"/>, or null.</summary>
    /// <param name="text">The answer.</param>
    /// <param name="culture">A Recognizers culture.</param>
    /// <returns>The number, or null.</returns>
    public static double? Interpret(string? text, string culture)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var outOfTen = OutOf.Match(text);
        if (outOfTen.Success)
        {
            return double.Parse(outOfTen.Groups[1].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        var numbers = NumberRecognizer.RecognizeNumber(text, culture)
            .Select(r => r.Resolution?.GetValueOrDefault("value") as string)
            .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null)
            .OfType<double>()
            .ToList();

        // "6-7" can come back as 6 and -7.
        if (numbers.Count == 2 && Between.IsMatch(text))
        {
            return (Math.Abs(numbers[0]) + Math.Abs(numbers[1])) / 2;
        }

        return numbers.Count > 0 ? numbers[0] : null;
    }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var culture = PromptCulture.For(turnContext.Activity.Locale, DefaultLocale);
        var number = Interpret(turnContext.Activity.Text, culture);
        var result = new PromptRecognizerResult<T>();
        if (number is { } n && TryConvert(n, out var value))
        {
            result.Succeeded = true;
            result.Value = value;
        }

        return Task.FromResult(result);
    }

    private static bool TryConvert(double number, out T value)
    {
        object? converted = typeof(T) switch
        {
            var t when t == typeof(int) && number is >= int.MinValue and <= int.MaxValue => (int)Math.Round(number, MidpointRounding.AwayFromZero),
            var t when t == typeof(long) && number is >= long.MinValue and <= long.MaxValue => (long)Math.Round(number, MidpointRounding.AwayFromZero),
            var t when t == typeof(float) => (float)number,
            var t when t == typeof(double) => number,
            var t when t == typeof(decimal) && Math.Abs(number) < 7.9e28 => (decimal)number,
            _ => null,
        };
        value = converted is T typed ? typed : default;
        return converted is not null;
    }
}
