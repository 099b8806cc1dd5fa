using System.Net.WebSockets;
using System.Text.Json;
using DiploAssistant.Bot.Activities;
using Microsoft.AspNetCore.Http;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>
/// The WebSocket stream at <c>streamUrl</c> (token in the <c>t</c> query): ActivitySet text frames as activities arrive,
/// and empty keep-alive frames while nothing happens.
/// </summary>
internal sealed class DirectLineStream(DirectLineEndpoints endpoints, DirectLineConversationStore conversations)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task<IResult> AcceptAsync(HttpContext http, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("Open the stream with a WebSocket.");
        }

        var (error, _) = await endpoints.AuthorizeAsync(http, conversationId, http.Request.Query["t"].ToString()).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var conversation = await conversations.FindAsync(conversationId, http.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineErrors.NotFound();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        try
        {
            await SendLoopAsync(socket, conversation, DirectLineEndpoints.ParseWatermark(http.Request.Query["watermark"]), closed.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // the client left
        }

        await closed.CancelAsync().ConfigureAwait(false);
        await receiving.ConfigureAwait(false);
        return Results.Empty;
    }

    private async Task SendLoopAsync(WebSocket socket, DirectLineConversation conversation, long watermark, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var (activities, last) = await conversations.GetSinceAsync(conversation, watermark, cancellationToken).ConfigureAwait(false);
            byte[] frame = activities.Count > 0
                ? JsonSerializer.SerializeToUtf8Bytes(new ActivitySet(activities, last.ToString(System.Globalization.CultureInfo.InvariantCulture)), ActivityJson.Options)
                : [];
            watermark = last;
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            await conversations.WaitForNewAsync(conversation, watermark, KeepAlive, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // closing
        }

        await closed.CancelAsync().ConfigureAwait(false);
    }
}
