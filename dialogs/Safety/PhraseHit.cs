namespace CoachBot.Dialogs.Safety;

/// <summary>Where a content phrase was found in a message's words.</summary>
/// <param name="Label">What the phrase stands for (a concept, a denial, a figure of speech).</param>
/// <param name="Start">The index of its first word.</param>
/// <param name="End">The index after its last word.</param>
public sealed record PhraseHit(string Label, int Start, int End);
