namespace CoachBot.Dialogs.Timing;

/// <summary>
/// A timer a dialog asks for: at <paramref name="DueAt"/> the conversation receives an event
/// activity named <paramref name="Name"/> carrying <paramref name="Value"/>.
/// </summary>
/// <param name="Name">The event name the waiting step expects.</param>
/// <param name="DueAt">When it should fire (UTC).</param>
/// <param name="Value">A small JSON payload (which cue, which run) for the waiting step.</param>
public sealed record TimerRequest(string Name, DateTimeOffset DueAt, string Value);
