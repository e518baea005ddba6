using System.Collections.Concurrent;
using Microsoft.Bot.Builder;

namespace CoachBot.Bot;

/// <summary>
/// Runs the turns of one conversation one after another within this process. Bot state is loaded
/// at the start of a turn and saved at its end, so two overlapping turns of the same conversation
/// (a timed cue firing while the person answers, a quick double message) would otherwise read the
/// same old state and the later save would undo the earlier turn. Different conversations still
/// run in parallel. Across several instances the state stays last-writer-wins (Bot Framework state has no locking);
/// nothing that must not be lost lives only in bot state.
/// </summary>
public sealed class OneTurnAtATimeMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new();

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = $"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}";
        var gate = Enter(key);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await next(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            Leave(key, gate);
        }
    }

    private Gate Enter(string key)
    {
        while (true)
        {
            var gate = _gates.GetOrAdd(key, _ => new Gate());
            lock (gate)
            {
                // A gate being removed by its last user cannot be joined; take a fresh one.
                if (!gate.Retired)
                {
                    gate.Users++;
                    return gate;
                }
            }
        }
    }

    private void Leave(string key, Gate gate)
    {
        lock (gate)
        {
            if (--gate.Users == 0)
            {
                gate.Retired = true;
                _gates.TryRemove(new KeyValuePair<string, Gate>(key, gate));
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public bool Retired { get; set; }
    }
}
