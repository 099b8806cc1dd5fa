using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration.Filters;

/// <summary>
/// Logs each call of an <c>articles</c> function at Debug: its arguments (the model's query and filters) and how many
/// sources it returned, never their text.
/// </summary>
internal sealed partial class ToolCallLogFilter(ILogger<ToolCallLogFilter> logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Function.PluginName != ArticlesPlugin.PluginName || !logger.IsEnabled(LogLevel.Debug))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var arguments = string.Join(", ", context.Arguments.Where(a => a.Value is string).Select(a => $"{a.Key}={a.Value}"));
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogFailed(context.Function.Name, arguments, ex.GetType().Name);
            throw;
        }

        var count = context.Result.GetValue<object>() is IReadOnlyCollection<ArticleSource> sources ? sources.Count : 0;
        LogCalled(context.Function.Name, arguments, count);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The model called articles.{Function}({Arguments}): {Count} sources")]
    private partial void LogCalled(string function, string arguments, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The model's call articles.{Function}({Arguments}) failed: {Failure}")]
    private partial void LogFailed(string function, string arguments, string failure);
}
