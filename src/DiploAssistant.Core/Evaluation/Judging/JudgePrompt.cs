using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiploAssistant.Core.Answering.Orchestration;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>
/// A judge prompt from <c>prompts/</c> made ready for an <see cref="IChatClient"/>: the SK template rendered (values
/// HTML-encoded, so quoted text cannot open a message of its own), its <c>&lt;message role&gt;</c> turns read back as chat
/// messages, and its config.json execution settings as <see cref="ChatOptions"/>.
/// </summary>
internal static partial class JudgePrompt
{
    public static async Task<(IReadOnlyList<ChatMessage> Messages, ChatOptions Options)> RenderAsync(
        PromptLibrary prompts, Kernel kernel, string name, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var rendered = await prompts.RenderAsync(name, kernel, arguments, cancellationToken).ConfigureAwait(false);
        var messages = Message().Matches(rendered)
            .Select(m => new ChatMessage(new ChatRole(m.Groups["role"].Value.ToLowerInvariant()), WebUtility.HtmlDecode(m.Groups["text"].Value).Trim()))
            .ToList();
        if (messages.Count == 0 || messages[^1].Role != ChatRole.User)
        {
            throw new DiploException($"The judge prompt '{name}' must end with a <message role=\"user\"> turn.");
        }

        return (messages, Options(prompts.Settings(name)));
    }

    private static ChatOptions Options(PromptExecutionSettings? settings)
    {
        var options = new ChatOptions();
        if (settings?.ExtensionData is not { } data)
        {
            return options;
        }

        if (data.TryGetValue("temperature", out var temperature) && Number(temperature) is { } t)
        {
            options.Temperature = (float)t;
        }

        if (data.TryGetValue("max_tokens", out var maxTokens) && Number(maxTokens) is { } m)
        {
            options.MaxOutputTokens = (int)m;
        }

        return options;
    }

    private static double? Number(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDouble(),
        double d => d,
        int i => i,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    [GeneratedRegex("""<message\s+role\s*=\s*["'](?<role>system|user|assistant)["']\s*>(?<text>.*?)</message>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Message();
}
