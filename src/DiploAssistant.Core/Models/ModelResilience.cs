using System.ClientModel;
using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using MsalException = Microsoft.Identity.Client.MsalException;

namespace DiploAssistant.Core.Models;

/// <summary>
/// Retries with exponential backoff and jitter on 429, 5xx, timeouts and network failures, bounds each attempt by
/// <see cref="ModelOptions.TimeoutSeconds"/>, and turns what still fails into <see cref="ModelUnavailableException"/>.
/// </summary>
internal sealed partial class ModelResilience
{
    private readonly ResiliencePipeline _pipeline;
    private readonly ResiliencePipeline _startPipeline;
    private readonly string _what;
    private readonly ILogger _logger;

    public ModelResilience(ModelOptions options, string what, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _what = what;
        _logger = logger;
        _pipeline = Build(options, timeProvider, withTimeout: true);

        // A stream outlives one callback, so only its start is retried; the SDK's network timeout bounds each read.
        _startPipeline = Build(options, timeProvider, withTimeout: false);
    }

    /// <summary>Runs a buffered call (chat completion, embeddings batch).</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Unavailable(ex, cancellationToken) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>Opens a stream and reads its first item, retrying only that; returns the enumerator positioned on it.</summary>
    public async Task<(IAsyncEnumerator<T> Enumerator, bool HasCurrent)> StartStreamAsync<T>(
        Func<CancellationToken, IAsyncEnumerable<T>> open, CancellationToken cancellationToken)
    {
        try
        {
            return await _startPipeline.ExecuteAsync(
                async ct =>
                {
                    // The enumerator outlives this attempt, so it must use the caller's token, not the attempt's.
                    var enumerator = open(cancellationToken).GetAsyncEnumerator(cancellationToken);
                    try
                    {
                        return (enumerator, await enumerator.MoveNextAsync().ConfigureAwait(false));
                    }
                    catch
                    {
                        await enumerator.DisposeAsync().ConfigureAwait(false);
                        throw;
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Unavailable(ex, cancellationToken) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>Reads the next item of a started stream; failures become <see cref="ModelUnavailableException"/>.</summary>
    public async Task<bool> MoveNextAsync<T>(IAsyncEnumerator<T> enumerator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enumerator);
        try
        {
            return await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (Unavailable(ex, cancellationToken) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>The failure as the product reports it, or null when it is the caller's cancellation (rethrown as is).</summary>
    public ModelUnavailableException? Unavailable(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ModelUnavailableException known)
        {
            return known;
        }

        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var (reason, transient) = exception switch
        {
            AuthenticationFailedException e => ($"no Microsoft Entra ID token could be obtained ({EntraErrorCode(e)})", false),
            ClientResultException { Status: > 0 } e => ($"it answered HTTP {e.Status}", IsTransientStatus(e.Status)),
            ClientResultException or HttpRequestException => ("it could not be reached", true),
            TimeoutRejectedException or OperationCanceledException or TimeoutException => ("it did not answer in time", true),
            JsonException or FormatException or InvalidOperationException or ArgumentException => ("its response could not be read", false),
            _ => (null, false),
        };
        if (reason is null)
        {
            return null;
        }

        LogUnavailable(_what, reason, exception.GetType().Name);
        return new ModelUnavailableException($"The {_what} is unavailable: {reason}.", transient, exception);
    }

    /// <summary>The authority's error code (invalid_client, …), never its description, which may echo identifiers.</summary>
    private static string EntraErrorCode(AuthenticationFailedException exception) =>
        exception.InnerException is MsalException msal ? msal.ErrorCode : exception.InnerException?.GetType().Name ?? "failed";

    private ResiliencePipeline Build(ModelOptions options, TimeProvider timeProvider, bool withTimeout)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && IsRetryable(e, args.Context.CancellationToken)),
                OnRetry = args =>
                {
                    LogRetry(_what, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.GetType().Name);
                    return default;
                },
            });
        }

        if (withTimeout)
        {
            builder.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
        }

        return builder.Build();
    }

    private static bool IsRetryable(Exception exception, CancellationToken attemptToken) => exception switch
    {
        ClientResultException { Status: > 0 } e => IsTransientStatus(e.Status),
        AuthenticationFailedException => false,
        ClientResultException or HttpRequestException or TimeoutRejectedException or TimeoutException => true,
        OperationCanceledException => !attemptToken.IsCancellationRequested,
        _ => false,
    };

    private static bool IsTransientStatus(int status) => status is 408 or 429 or >= 500;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {What} failed ({Failure}); retry {Attempt} in {DelayMilliseconds} ms")]
    private partial void LogRetry(string what, int attempt, double delayMilliseconds, string? failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {What} is unavailable: {Reason} ({Failure})")]
    private partial void LogUnavailable(string what, string reason, string failure);
}
