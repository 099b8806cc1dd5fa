using System.Text;
using DiploAssistant.Core.Answering;
using Microsoft.Extensions.AI.Evaluation;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>
/// The sources an answer cites, as the groundedness judge reads them: numbered like the answer's <c>[n]</c> markers and
/// fenced as <c>&lt;source n="1" …&gt;quote&lt;/source&gt;</c>, article text defused as the answer prompt does, so it stays
/// quoted data.
/// </summary>
public sealed class CitedSourcesContext(IReadOnlyList<Citation> citations)
    : EvaluationContext(ContextName, Format(citations))
{
    public const string ContextName = "Cited sources";

    public IReadOnlyList<Citation> Citations { get; } = citations;

    /// <summary>The fenced sources (the text the judge prompt's <c>sources</c> variable gets).</summary>
    public string Text => Format(Citations);

    private static string Format(IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var text = new StringBuilder();
        foreach (var c in citations)
        {
            AnswerSources.AppendSource(text, c.N, c.Title, c.Source, c.Published, c.Quote);
        }

        return text.ToString().TrimEnd();
    }
}
