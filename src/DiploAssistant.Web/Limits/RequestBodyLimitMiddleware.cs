using DiploAssistant.Bot;
using DiploAssistant.Web.Api;
using DiploAssistant.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Web.Limits;

/// <summary>
/// A body limit on every endpoint: bot messages <c>Bot:MaxRequestBytes</c>, <c>/api/ask</c> <c>Api:MaxAskRequestBytes</c>,
/// uploads <c>Api:MaxUploadBytes</c> (plus room for the form), anything else <c>Server:MaxRequestBytes</c>. A declared
/// length over the limit is refused before reading; an undeclared (chunked) one when the limit is passed. Both get 413 JSON.
/// </summary>
internal sealed partial class RequestBodyLimitMiddleware(
    RequestDelegate next,
    IOptions<BotOptions> botOptions,
    IOptions<ApiOptions> apiOptions,
    IOptions<ServerOptions> serverOptions,
    ILogger<RequestBodyLimitMiddleware> logger)
{
    private const long FormOverheadBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var api = apiOptions.Value;
        var limit = RequestClassifier.BodyLimit(
            http.Request, botOptions.Value.MaxRequestBytes, api.MaxAskRequestBytes, api.MaxUploadBytes + FormOverheadBytes, serverOptions.Value.MaxRequestBytes);
        if (http.Request.ContentLength > limit)
        {
            LogRefused(http.Request.Path, http.Request.ContentLength.Value, limit);
            await LimitResponses.WriteTooLargeAsync(http, limit).ConfigureAwait(false);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = limit; // Kestrel's own 30 MB default would otherwise decide
        }

        http.Request.Body = new LengthLimitedStream(http.Request.Body, limit);
        try
        {
            await next(http).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTooLarge(ex) && !http.Response.HasStarted)
        {
            LogRefusedWhileReading(http.Request.Path, limit);
            http.Response.Clear();
            await LimitResponses.WriteTooLargeAsync(http, limit).ConfigureAwait(false);
        }
    }

    private static bool IsTooLarge(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is RequestTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a {Length}-byte body for {Path}: the limit is {Limit}")]
    private partial void LogRefused(PathString path, long length, long limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a body for {Path} past its limit of {Limit} bytes")]
    private partial void LogRefusedWhileReading(PathString path, long limit);
}
