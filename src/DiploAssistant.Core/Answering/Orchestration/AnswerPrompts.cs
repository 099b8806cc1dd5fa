using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>The names of the prompt templates in <c>prompts/</c> the orchestrator uses.</summary>
internal static class AnswerPrompts
{
    /// <summary>One pass: the question's sources, no tools.</summary>
    public const string Answer = "answer";

    /// <summary>The same, with the <c>articles</c> plugin offered (function_choice_behavior auto in its config.json).</summary>
    public const string AnswerWithSearch = "answer_with_search";

    /// <summary>Rendered into the answer prompts: how to say the articles do not answer.</summary>
    public const string NoAnswer = "no_answer";

    /// <summary>Follow-up → standalone question.</summary>
    public const string Rewrite = "rewrite";

    public static bool IsAnswer(KernelFunction function) =>
        function is not null && function.PluginName is null && function.Name is Answer or AnswerWithSearch;
}
