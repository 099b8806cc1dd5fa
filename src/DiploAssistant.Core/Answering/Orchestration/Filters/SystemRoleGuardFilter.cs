using System.Net;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration.Filters;

/// <summary>
/// Guards the system role: after an answer prompt is rendered, no system message may hold a source fence or any source's
/// text (sources go in the user turn, as data). A template edited to put them there is refused before the model sees it.
/// </summary>
internal sealed partial class SystemRoleGuardFilter : IPromptRenderFilter
{
    /// <summary>Enough of a source's text to recognise it, short enough to survive whitespace differences elsewhere.</summary>
    private const int ProbeCharacters = 48;

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context).ConfigureAwait(false);
        if (context.RenderedPrompt is not { } rendered || SourceLedger.Of(context.Kernel) is not { } ledger)
        {
            return;
        }

        foreach (Match system in SystemMessage().Matches(rendered))
        {
            var text = WebUtility.HtmlDecode(system.Groups[1].Value);
            if (SourceFence().IsMatch(text) || ledger.Chunks.Any(c => Probe(c.Chunk.Text) is { Length: >= 16 } probe && text.Contains(probe, StringComparison.Ordinal)))
            {
                throw new UnsafePromptException($"The prompt '{context.Function.Name}' puts article text in the system role; it was not sent.");
            }
        }
    }

    private static string Probe(string text)
    {
        var trimmed = AnswerSources.Body(text).Trim();
        return trimmed.Length <= ProbeCharacters ? trimmed : trimmed[..ProbeCharacters];
    }

    [GeneratedRegex("""<message\s+role\s*=\s*["']system["']\s*>(.*?)</message>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SystemMessage();

    [GeneratedRegex("""<source\s+n\s*=\s*"?\d""", RegexOptions.IgnoreCase)]
    private static partial Regex SourceFence();
}
