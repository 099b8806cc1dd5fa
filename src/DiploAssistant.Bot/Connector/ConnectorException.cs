using System.Net;
using DiploAssistant.Core;

namespace DiploAssistant.Bot.Connector;

/// <summary>The Bot Connector refused an activity, after retries when the status was transient.</summary>
public sealed class ConnectorException : DiploException
{
    public ConnectorException(HttpStatusCode statusCode, string message, string? errorCode = null, string? errorMessage = null)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
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

    /// <summary>The connector's <c>error.code</c> (Teams: <c>ContentStreamNotAllowed</c>, <c>MessageSizeTooBig</c>…), when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The connector's <c>error.message</c> (Teams: "Content stream was cancelled by user."), when it sent one.</summary>
    public string? ErrorMessage { get; }

    public override bool IsTransient => StatusCode is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;
}
