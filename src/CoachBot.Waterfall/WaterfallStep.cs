namespace CoachBot.Waterfall;

/// <summary>One step of a <see cref="WaterfallDialog"/>.</summary>
/// <param name="stepContext">The step's context: options, values, the previous step's result.</param>
/// <param name="cancellationToken">Cancels the work.</param>
/// <returns>Usually a prompt or a child dialog (the waterfall waits), NextAsync, or EndDialogAsync.</returns>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
