namespace CoachBot.Waterfall;

/// <summary>A dialog that runs other dialogs on an inner stack of its own.</summary>
public abstract class DialogContainer : Dialog
{
    /// <summary>Creates the container.</summary>
    /// <param name="dialogId">Its id.</param>
    protected DialogContainer(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialogs the container can run.</summary>
    public DialogSet Dialogs { get; protected set; } = new();

    /// <summary>Creates the inner context of this container's active instance in <paramref name="dc"/>.</summary>
    /// <param name="dc">The context in which this container is active.</param>
    /// <returns>The inner context, or null.</returns>
    public abstract DialogContext? CreateChildContext(DialogContext dc);

    /// <summary>Finds a dialog among this container's dialogs.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null.</returns>
    public virtual Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);
}
