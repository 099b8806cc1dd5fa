using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Model;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>The repository's prompts/ templates, as the build copies them next to the tests.</summary>
internal static class ModelPrompts
{
    public static readonly PromptTemplates Templates = new(PromptTemplates.ResolveDirectory(null));
}
