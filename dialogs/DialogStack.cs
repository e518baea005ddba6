using CoachBot.Waterfall;

namespace CoachBot.Dialogs;

/// <summary>
/// Looks through a live chain of dialog contexts, outermost to innermost: what waits at the
/// bottom, and whether a dialog runs anywhere in it (a symptom question pushed into a child stack,
/// the age question inside the session).
/// </summary>
public static class DialogStack
{
    /// <summary>True when a dialog with one of <paramref name="ids"/> is active at any depth of <paramref name="dc"/>.</summary>
    public static bool Runs(DialogContext dc, params string[] ids)
    {
        for (DialogContext? level = dc; level is not null; level = level.Child)
        {
            if (level.ActiveDialog?.Id is { } id && ids.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The innermost live context: the one whose dialog waits for the person.</summary>
    public static DialogContext Deepest(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var waiting = dc;
        while (waiting.Child is { } child)
        {
            waiting = child;
        }

        return waiting;
    }
}
