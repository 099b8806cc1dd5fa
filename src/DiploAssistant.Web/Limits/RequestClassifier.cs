namespace DiploAssistant.Web.Limits;

/// <summary>Sorts requests by path for the limits: which rate budget they spend and which body size they may send.</summary>
internal static class RequestClassifier
{
    private const string DirectLinePrefix = "/v3/directline";

    public static bool IsDirectLine(HttpRequest request) =>
        request.Path.StartsWithSegments(DirectLinePrefix, StringComparison.OrdinalIgnoreCase);

    public static RateLimitBudget Budget(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        if (HttpMethods.IsOptions(request.Method))
        {
            return RateLimitBudget.None; // CORS preflights
        }

        if (path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitBudget.Channel;
        }

        if (IsAsking(path)
            || path.StartsWithSegments("/api/documents", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/articles", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitBudget.Api;
        }

        if (IsDirectLine(request))
        {
            return HttpMethods.IsGet(request.Method) && IsActivitiesOrStream(path) ? RateLimitBudget.DirectLineReads : RateLimitBudget.DirectLine;
        }

        return RateLimitBudget.None;
    }

    /// <summary>The largest body the request may carry.</summary>
    public static long BodyLimit(HttpRequest request, long messageBytes, long askBytes, long uploadBytes, long otherBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        if (path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase)
            || (IsDirectLine(request) && path.Value!.EndsWith("/activities", StringComparison.OrdinalIgnoreCase)))
        {
            return messageBytes;
        }

        if (IsAsking(path))
        {
            return askBytes;
        }

        return HttpMethods.IsPost(request.Method) && path.Equals("/api/documents", StringComparison.OrdinalIgnoreCase) ? uploadBytes : otherBytes;
    }

    /// <summary><c>/api/ask</c> and the analyses that share its limits: <c>/api/timeline</c>, <c>/api/brief</c>.</summary>
    private static bool IsAsking(PathString path) =>
        path.StartsWithSegments("/api/ask", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/timeline", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/brief", StringComparison.OrdinalIgnoreCase);

    private static bool IsActivitiesOrStream(PathString path) =>
        path.Value!.EndsWith("/activities", StringComparison.OrdinalIgnoreCase) || path.Value.EndsWith("/stream", StringComparison.OrdinalIgnoreCase);
}
