namespace CoachBot.Waterfall;

/// <summary>
/// Decides whether a recognized answer is acceptable. Returning false asks again with the retry
/// prompt, unless the validator already sent its own message.
/// </summary>
/// <typeparam name="T">The answer's type.</typeparam>
/// <param name="promptContext">The answer and the prompt's state.</param>
/// <param name="cancellationToken">Cancels the work.</param>
/// <returns>True to accept the answer.</returns>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
