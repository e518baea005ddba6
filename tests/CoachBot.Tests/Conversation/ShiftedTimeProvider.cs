namespace CoachBot.Tests.Conversation;

/// <summary>The real clock moved forward by a fixed amount: a bot that "comes back" minutes later.</summary>
public sealed class ShiftedTimeProvider(TimeSpan shift) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
