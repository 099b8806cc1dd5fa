using System.Net;
using Polly;
using Polly.Retry;

namespace DiploAssistant.Bot.Connector;

/// <summary>
/// Retries for Bot Connector calls: 408, 412, 429 and 5xx except 501/505, and network errors; exponential backoff with
/// jitter (up to 20 s) unless the server says how long to wait: its whole <c>Retry-After</c> is honoured (spec §2.2,
/// Teams rate-limit guidance), as long as the wait ends before the call's deadline (<c>Bot:OutboundRetryDeadlineSeconds</c>);
/// a wait past it is not started and the call fails at once.
/// </summary>
internal static class ConnectorRetryPipeline
{
    /// <summary>When the call must be done by; set on the <see cref="ResilienceContext"/> of each call.</summary>
    public static readonly ResiliencePropertyKey<DateTimeOffset> DeadlineKey = new("DiploAssistant.ConnectorDeadline");

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);

    public static ResiliencePipeline<HttpResponseMessage> Create(BotOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(1, options.OutboundMaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(options.OutboundRetryBaseDelaySeconds),
            MaxDelay = MaxBackoff,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, timeProvider)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
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

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeProvider timeProvider)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException;
        }

        if (outcome.Result is not { } response || !IsTransient(response.StatusCode))
        {
            return false;
        }

        var wait = RetryAfter(response, timeProvider) ?? TimeSpan.Zero;
        return !context.Properties.TryGetValue(DeadlineKey, out var deadline) || timeProvider.GetUtcNow() + wait <= deadline;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return delay is { } d && d > TimeSpan.Zero ? d : null;
    }
}
