namespace CoachBot.DirectLine;

/// <summary>The outcome of authorizing a call on one conversation: the conversation, or the error to answer with.</summary>
/// <param name="Conversation">The conversation the caller may use, when allowed.</param>
/// <param name="Token">The caller's token, or null when it used the local secret.</param>
/// <param name="Error">The error answer, when not allowed.</param>
public sealed record DirectLineAccess(DirectLineConversation? Conversation, DirectLineToken? Token, IResult? Error)
{
    /// <summary>Whether the caller may go on.</summary>
    public bool IsAllowed => Conversation is not null;

    /// <summary>A refusal with <paramref name="error"/>.</summary>
    public static DirectLineAccess Denied(IResult error) => new(null, null, error);
}
