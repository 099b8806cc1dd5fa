using System.Net;
using Polly;
using Polly.Retry;

namespace DiploAssistant.Bot.Connector;

/// <summary>
/// Retries for Bot Connector calls: 408, 412, 429 and 5xx except 501/505, and network errors; exponential backoff
/// with jitter capped at 20 s; a server's Retry-After wins (spec §2.2, Teams rate-limit guidance).
/// </summary>
internal static class ConnectorRetryPipeline
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);

    public static ResiliencePipeline<HttpResponseMessage> Create(BotOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(1, options.OutboundMaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(options.OutboundRetryBaseDelaySeconds),
            MaxDelay = MaxDelay,
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .HandleResult(response => IsTransient(response.StatusCode)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            OnRetry = args =>
            {
                args.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        };
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        return options.OutboundMaxRetries == 0 ? builder.Build() : builder.AddRetry(retry).Build();
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not HttpStatusCode.NotImplemented and not HttpStatusCode.HttpVersionNotSupported);

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } d && d > TimeSpan.Zero ? (d < MaxDelay ? d : MaxDelay) : null;
    }
}
