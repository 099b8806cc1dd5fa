using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration.Filters;

/// <summary>
/// Bounds automatic function calling by <c>Chat:MaxToolCalls</c>: the first call past the limit is not run but answered
/// "limit reached, answer now"; a model that still calls a tool ends the loop (its answer then falls back, marked).
/// </summary>
internal sealed partial class ToolCallLimitFilter(ILogger<ToolCallLimitFilter> logger) : IAutoFunctionInvocationFilter
{
    public const string LimitReachedResult =
        "Tool call limit reached: do not call any more tools. Answer now from the sources you have, citing their numbers, or reply NO_ANSWER.";

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (SourceLedger.Of(context.Kernel) is not { } ledger || ledger.TryCountToolCall())
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (ledger.LimitReached)
        {
            LogTerminated(ledger.ToolCalls);
            context.Terminate = true;
            return;
        }

        ledger.LimitReached = true;
        LogLimitReached(ledger.Limits.MaxToolCalls);
        context.Result = new FunctionResult(context.Function, LimitReachedResult);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The model reached the tool-call limit ({Limit}); it was told to answer")]
    private partial void LogLimitReached(int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model kept calling tools past the limit ({Calls} calls); the loop was ended")]
    private partial void LogTerminated(int calls);
}
