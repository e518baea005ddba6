using System.Net.WebSockets;
using System.Text;

namespace CoachBot.DirectLine;

/// <summary>
/// The WebSocket side of a conversation: every activity after the client's watermark, as
/// ActivitySet frames the moment it is queued (this is how a proactive message reaches an open
/// chat without waiting for a poll), and an empty frame whenever the socket has been quiet for a
/// while so that proxies and browsers keep it open. What the client sends (directlinejs sends
/// empty pings) only keeps the conversation alive; activities are posted over HTTP.
/// </summary>
public sealed class DirectLineStream
{
    private readonly WebSocket _socket;
    private readonly DirectLineConversation _conversation;
    private readonly TimeProvider _time;
    private readonly TimeSpan _keepAlive;

    /// <summary>Creates the stream of <paramref name="conversation"/> over an accepted <paramref name="socket"/>.</summary>
    public DirectLineStream(WebSocket socket, DirectLineConversation conversation, TimeProvider time, TimeSpan keepAlive)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(time);
        _socket = socket;
        _conversation = conversation;
        _time = time;
        _keepAlive = keepAlive;
    }

    /// <summary>Sends from <paramref name="watermark"/> on until the client closes or the host stops.</summary>
    public async Task RunAsync(string? watermark, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clientClosed = ReceiveUntilClosedAsync(stop.Token);
        var position = watermark;
        try
        {
            while (!stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var set = _conversation.Read(position, includeTyping: true);
                position = set.Watermark;
                if (set.Activities.Count > 0)
                {
                    await SendAsync(DirectLineJson.Serialize(set), stop.Token).ConfigureAwait(false);
                    continue;
                }

                // Cancelled after each wait so that a busy conversation does not pile up keep-alive timers.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                var more = _conversation.WaitForActivitiesAfterAsync(position, wait.Token);
                var quiet = Task.Delay(_keepAlive, _time, wait.Token);
                var first = await Task.WhenAny(more, quiet, clientClosed).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
                if (first == clientClosed)
                {
                    break;
                }

                if (first == quiet && quiet.IsCompletedSuccessfully)
                {
                    await SendAsync(string.Empty, stop.Token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping: nothing to tell anyone.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await CloseQuietlyAsync().ConfigureAwait(false);
        }
    }

    private Task SendAsync(string text, CancellationToken cancellationToken) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private async Task ReceiveUntilClosedAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                _conversation.Touch(_time.GetUtcNow());
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Either side ended the socket; RunAsync notices through this task completing.
        }
    }

    private async Task CloseQuietlyAsync()
    {
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, grace.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Already gone.
        }
    }
}
