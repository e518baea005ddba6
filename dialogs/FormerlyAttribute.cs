namespace CoachBot.Dialogs;

/// <summary>
/// The full name a type had before it moved. Stored bot state names the types of what it holds
/// (a session's plan, a person's profile), so a conversation saved before a move must still read
/// after it: the host's type binder looks old names up here.
/// </summary>
/// <param name="fullName">The earlier full name, e.g. "CoachBot.Dialogs.Sessions.SessionPlan".</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum, AllowMultiple = true, Inherited = false)]
public sealed class FormerlyAttribute(string fullName) : Attribute
{
    /// <summary>The earlier full name.</summary>
    public string FullName { get; } = fullName;
}
