using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Web.Limits;

internal static partial class LimitsServiceCollectionExtensions
{
    /// <summary>Section <c>RateLimits</c> (validated at start) and ASP.NET Core's rate limiter: one fixed window per client IP and budget.</summary>
    public static IServiceCollection AddDiploAssistantLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, ILoggerFactory>((limiter, limits, loggers) =>
        {
            var settings = limits.Value;
            var logger = loggers.CreateLogger(typeof(LimitsServiceCollectionExtensions));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (RateLimitBudget, string)>(http =>
            {
                var budget = settings.Enabled ? RequestClassifier.Budget(http.Request) : RateLimitBudget.None;
                if (budget == RateLimitBudget.None)
                {
                    return RateLimitPartition.GetNoLimiter((budget, string.Empty));
                }

                var permits = Permits(settings, budget);
                return RateLimitPartition.GetFixedWindowLimiter((budget, ClientAddress(http)), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                LogRejected(logger, RequestClassifier.Budget(http.Request), http.Request.Path);
                TimeSpan? retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
                return new ValueTask(LimitResponses.WriteTooManyRequestsAsync(http, retryAfter ?? TimeSpan.FromSeconds(settings.WindowSeconds)));
            };
        });
        return services;
    }

    private static int Permits(RateLimitOptions settings, RateLimitBudget budget) => budget switch
    {
        RateLimitBudget.Api => settings.ApiPerIp,
        RateLimitBudget.DirectLine => settings.DirectLinePerIp,
        RateLimitBudget.DirectLineReads => settings.DirectLineReadsPerIp,
        _ => settings.ChannelPerIp,
    };

    // Behind a reverse proxy every client shares the proxy's address unless forwarded headers are configured.
    private static string ClientAddress(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() : IPAddress.None.ToString();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rate limit reached for the {Budget} budget on {Path}: answered 429")]
    private static partial void LogRejected(ILogger logger, RateLimitBudget budget, PathString path);
}
