namespace CoachBot.Waterfall;

/// <summary>
/// The context a waterfall step runs in: the shared stack plus the waterfall's options, its
/// values (kept across steps and turns), the step's index, and the result of the step before.
/// </summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    /// <summary>Creates the context of step <paramref name="index"/>.</summary>
    /// <param name="waterfall">The waterfall.</param>
    /// <param name="dc">The context the waterfall is active in.</param>
    /// <param name="options">The waterfall's options.</param>
    /// <param name="values">The waterfall's values.</param>
    /// <param name="index">The step.</param>
    /// <param name="reason">Why the step runs.</param>
    /// <param name="result">The previous step's result.</param>
    public WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object> values, int index, DialogReason reason, object? result = null)
        : base((dc ?? throw new ArgumentNullException(nameof(dc))).Dialogs, dc.Context, new DialogState(dc.Stack))
    {
        _waterfall = waterfall ?? throw new ArgumentNullException(nameof(waterfall));
        Parent = dc.Parent;
        Options = options;
        Values = values ?? throw new ArgumentNullException(nameof(values));
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The step's position, from 0.</summary>
    public int Index { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public object? Options { get; }

    /// <summary>Why the step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The result of the previous step (a prompt's answer, a child dialog's result).</summary>
    public object? Result { get; }

    /// <summary>Values the steps share; saved with the dialog state.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>Skips to the next step with <paramref name="result"/>. A step may call this once.</summary>
    /// <param name="result">The next step's Result.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the next step returned.</returns>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync(): step {Index} of '{_waterfall.Id}' already called NextAsync.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
