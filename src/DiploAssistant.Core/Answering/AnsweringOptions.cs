using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Answering;

/// <summary>How much evidence an answer draws on (configuration section <c>Answering</c>).</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>Chunks retrieved as evidence for one answer.</summary>
    [Range(1, 50)]
    public int EvidenceChunks { get; set; } = 8;

    /// <summary>Longest question accepted, in characters, on every channel (CLI, <c>/api/ask</c>, chat, timelines and briefs).</summary>
    [Range(10, 100_000)]
    public int MaxQuestionCharacters { get; set; } = 2000;
}
