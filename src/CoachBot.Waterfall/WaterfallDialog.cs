using System.Globalization;
using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall;

/// <summary>
/// A dialog of steps run one after another: each step usually asks something and ends the turn,
/// and the answer arrives as the next step's <see cref="WaterfallStepContext.Result"/>. The state
/// keeps the official keys ("options", "values", "stepIndex", "instanceId").
/// </summary>
public class WaterfallDialog : Dialog
{
    /// <summary>State key of the options.</summary>
    public const string PersistedOptions = "options";

    /// <summary>State key of the values shared by the steps.</summary>
    public const string PersistedValues = "values";

    /// <summary>State key of the current step.</summary>
    public const string StepIndex = "stepIndex";

    /// <summary>State key of this run's id.</summary>
    public const string PersistedInstanceId = "instanceId";

    private readonly List<WaterfallStep> _steps;

    /// <summary>Creates the waterfall.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="actions">Its steps, in order.</param>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? actions = null)
        : base(dialogId)
    {
        _steps = actions?.ToList() ?? [];
    }

    /// <summary>How many steps the waterfall has.</summary>
    public int StepCount => _steps.Count;

    /// <summary>Adds a step at the end.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This waterfall.</returns>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = options!;
        state[PersistedValues] = new Dictionary<string, object>();
        state[PersistedInstanceId] = Guid.NewGuid().ToString();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Only messages move a waterfall on; a step that waits for an event does so through a
        // child dialog (a prompt or a timed hold) that accepts it.
        if (dc.Context.Activity.Type != Microsoft.Bot.Schema.ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = Convert.ToInt32(dc.ActiveDialog!.State[StepIndex], CultureInfo.InvariantCulture);
        return await RunStepAsync(dc, index + 1, reason, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one step; override to observe steps.</summary>
    /// <param name="stepContext">The step's context.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the step returned.</returns>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    /// <summary>
    /// Runs step <paramref name="index"/>, or ends the waterfall with <paramref name="result"/> when
    /// there is no such step. The latter is also what happens to state saved by an older version
    /// with more steps than this one: the conversation ends cleanly instead of failing.
    /// </summary>
    /// <param name="dc">The context.</param>
    /// <param name="index">The step to run.</param>
    /// <param name="reason">Why it runs.</param>
    /// <param name="result">The previous result.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the step returned.</returns>
    protected async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (index < 0 || index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndex] = index;
        var stepContext = new WaterfallStepContext(this, dc, state.ValueOrNull(PersistedOptions), Values(state), index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }

    private static IDictionary<string, object> Values(IDictionary<string, object> state)
    {
        switch (state.TryGetValue(PersistedValues, out var stored) ? stored : null)
        {
            case IDictionary<string, object> values:
                return values;
            case JObject json:
                var converted = json.ToObject<Dictionary<string, object>>() ?? [];
                state[PersistedValues] = converted;
                return converted;
            default:
                var fresh = new Dictionary<string, object>();
                state[PersistedValues] = fresh;
                return fresh;
        }
    }
}
