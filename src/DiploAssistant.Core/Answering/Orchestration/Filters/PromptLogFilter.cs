using System.Text.RegularExpressions;
using DiploAssistant.Core.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration.Filters;

/// <summary>
/// Logs every rendered prompt at Debug, with each source's article text replaced by its length and any configured
/// secret removed, so a Debug log shows what was asked without copying the articles or a key.
/// </summary>
internal sealed partial class PromptLogFilter(ILogger<PromptLogFilter> logger, IOptions<ChatModelOptions> options) : IPromptRenderFilter
{
    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context).ConfigureAwait(false);
        if (logger.IsEnabled(LogLevel.Debug) && context.RenderedPrompt is { } rendered)
        {
            LogPrompt(context.Function.Name, Redact(rendered, options.Value));
        }
    }

    /// <summary>The prompt with source bodies (encoded or not) reduced to their length and secrets removed.</summary>
    internal static string Redact(string prompt, ModelOptions secrets)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(secrets);
        var text = SourceBody().Replace(prompt, m => $"{m.Groups["open"].Value}[article text, {m.Groups["body"].Length} characters]{m.Groups["close"].Value}");
        foreach (var secret in new[] { secrets.ApiKey, secrets.Entra.ClientSecret })
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, "[secret]", StringComparison.Ordinal);
            }
        }

        return text;
    }

    [GeneratedRegex(@"(?<open>(?:<|&lt;)source\b.*?(?:>|&gt;))(?<body>.*?)(?<close>(?:<|&lt;)/source(?:>|&gt;))", RegexOptions.Singleline)]
    private static partial Regex SourceBody();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Prompt {Prompt} rendered: {RenderedPrompt}")]
    private partial void LogPrompt(string prompt, string renderedPrompt);
}
