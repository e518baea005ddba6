namespace CoachBot.Testing.Safety;

/// <summary>One message of the phrase corpus: what a stranger typed and what it should lead to.</summary>
/// <param name="Sign">The red flag the writer meant ("ordinary" for a plain complaint).</param>
/// <param name="Expect">"emergency", "doctor" or "none".</param>
/// <param name="Text">The message.</param>
public sealed record Phrasing(string Sign, string Expect, string Text);
