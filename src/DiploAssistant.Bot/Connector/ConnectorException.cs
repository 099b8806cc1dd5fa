using System.Net;
using DiploAssistant.Core;

namespace DiploAssistant.Bot.Connector;

/// <summary>The Bot Connector refused an activity, after retries when the status was transient.</summary>
public sealed class ConnectorException : DiploException
{
    public ConnectorException(HttpStatusCode statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? StatusCode { get; }

    public override bool IsTransient => StatusCode is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;
}
