using System.Net;
using DiploAssistant.Bot.Connector;

namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>Reads a <see cref="StreamRefusal"/> from a connector error.</summary>
internal static class StreamRefusals
{
    public const string ErrorCode = "ContentStreamNotAllowed";

    public static StreamRefusal Classify(Exception exception)
    {
        if (exception is not ConnectorException { StatusCode: HttpStatusCode.Forbidden } refused
            || !string.Equals(refused.ErrorCode, ErrorCode, StringComparison.OrdinalIgnoreCase))
        {
            return StreamRefusal.Other;
        }

        var message = refused.ErrorMessage ?? string.Empty;
        if (message.Contains("cancel", StringComparison.OrdinalIgnoreCase))
        {
            return StreamRefusal.CancelledByUser;
        }

        return message.Contains("time", StringComparison.OrdinalIgnoreCase) ? StreamRefusal.TimeLimit : StreamRefusal.Other;
    }
}
