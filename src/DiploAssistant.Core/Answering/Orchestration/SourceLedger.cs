using System.Globalization;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>
/// The numbered sources of one answer: first the evidence retrieved for the question (1..n, shown in the user turn), then
/// whatever the model's searches return, numbered on. Kept in the answer's <see cref="Kernel.Data"/>, where the plugin
/// adds to it and the filters read it: the tool-call count, the source cap, the text that must stay out of the system
/// role, and the checked answer the citation filter leaves here.
/// </summary>
internal sealed class SourceLedger
{
    public const string Key = "diplo.sources";

    private readonly List<RetrievedChunk> _chunks = [];
    private readonly Dictionary<string, int> _numberByChunk = new(StringComparer.Ordinal);
    private readonly bool _sealed;
    private int _toolCalls;

    public SourceLedger(IReadOnlyList<RetrievedChunk> evidence, ChatModelOptions limits, SearchFilters scope)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(scope);
        Limits = limits;
        Scope = scope;
        foreach (var chunk in evidence)
        {
            Add(chunk);
        }

        Initial = _chunks.Count;
        _sealed = true;
    }

    public ChatModelOptions Limits { get; }

    /// <summary>The filters of the request (dates, outlet, language, as-of): every search stays inside them.</summary>
    public SearchFilters Scope { get; }

    /// <summary>How many sources came with the question (the rest came from searches).</summary>
    public int Initial { get; }

    public int Count => _chunks.Count;

    public IReadOnlyList<RetrievedChunk> Chunks => _chunks;

    /// <summary>The checked answer, once the citation filter has seen the model's text.</summary>
    public CheckedModelText? Checked { get; set; }

    /// <summary>Set when a tool call went past <see cref="ChatModelOptions.MaxToolCalls"/>.</summary>
    public bool LimitReached { get; set; }

    public static SourceLedger? Of(Kernel kernel) =>
        kernel is not null && kernel.Data.TryGetValue(Key, out var value) ? value as SourceLedger : null;

    /// <summary>Counts one tool call; false once past the limit.</summary>
    public bool TryCountToolCall() => Interlocked.Increment(ref _toolCalls) <= Limits.MaxToolCalls;

    public int ToolCalls => Volatile.Read(ref _toolCalls);

    /// <summary>The chunk's number, adding it when new and the cap allows; null when the cap is reached.</summary>
    public int? Add(RetrievedChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        lock (_chunks)
        {
            if (_numberByChunk.TryGetValue(chunk.Chunk.Id, out var known))
            {
                return known;
            }

            // The question's own evidence is never capped; what searches add is, by MaxSources.
            if (_sealed && _chunks.Count >= Initial + Limits.MaxSources)
            {
                return null;
            }

            _chunks.Add(chunk);
            _numberByChunk[chunk.Chunk.Id] = _chunks.Count;
            return _chunks.Count;
        }
    }

    /// <summary>A source as the model sees it in a tool result.</summary>
    public static ArticleSource Describe(int number, RetrievedChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return new ArticleSource(
            number,
            chunk.Document.Id,
            AnswerSources.Body(chunk.Document.Title),
            chunk.Document.Source,
            chunk.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AnswerSources.Body(chunk.Chunk.Text));
    }

    /// <summary>The model's text checked against every source of this answer: markers validated, renumbered, quotes narrowed.</summary>
    public CheckedModelText Check(string modelText)
    {
        ArgumentNullException.ThrowIfNull(modelText);
        var text = modelText.Trim();
        if (text.StartsWith(KernelAnswerOrchestrator.NoAnswerMarker, StringComparison.Ordinal))
        {
            return CheckedModelText.Declined;
        }

        List<Citation> sources;
        lock (_chunks)
        {
            sources = [.. AnswerSources.Citations(_chunks)];
        }

        return new CheckedModelText(false, CitationValidator.Validate(text, QuoteSelector.Select(text, sources)));
    }
}
