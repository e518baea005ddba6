using CoachBot.Dialogs.Catalogs;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Prompts;

/// <summary>Builds prompt options from the content's texts: the question, and what to say when the answer is not understood.</summary>
public static class Questions
{
    /// <summary>
    /// Asks <paramref name="promptKey"/>; after an answer that is not understood, says
    /// <paramref name="retryKey"/> (the question again when null). Both are filled from <paramref name="values"/>.
    /// </summary>
    public static PromptOptions Ask(this LanguageContent content, string promptKey, string? retryKey = null, object? values = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(promptKey, values)),
            RetryPrompt = MessageFactory.Text(content.Text(retryKey ?? promptKey, values)),
        };
    }
}
