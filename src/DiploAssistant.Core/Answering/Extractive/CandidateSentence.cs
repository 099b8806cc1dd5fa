using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>A sentence of a retrieved chunk that might answer the question.</summary>
/// <param name="Text">The sentence, whitespace-collapsed, markers neutralized.</param>
/// <param name="Source">The chunk it was read from (its best-ranked occurrence).</param>
/// <param name="Rank">The chunk's position in the retrieval results (0 = best).</param>
/// <param name="Position">Offset of the sentence in its article (orders sentences of one article).</param>
/// <param name="Terms">The sentence's tokenizer terms (lower case).</param>
/// <param name="Evidence">The sentence indexed for name lookups.</param>
/// <param name="Previous">The sentence before it in the same chunk, if any (often its subject: "위 실장은 … 만났다. 대통령실은 “…”").</param>
internal sealed record CandidateSentence(
    string Text,
    RetrievedChunk Source,
    int Rank,
    int Position,
    IReadOnlySet<string> Terms,
    EvidenceText Evidence,
    CandidateSentence? Previous)
{
    public string DocumentId => Source.Document.Id;

    /// <summary>The sentence in lower case without spaces: Korean compounds match however they are spaced (명예 시민증).</summary>
    public string Compact { get; } = string.Concat(Text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    /// <summary>The sentence's Hangul words without particles.</summary>
    public IReadOnlySet<string> HangulStems { get; } = TextWords.Find(Text)
        .Where(w => w.IsHangul)
        .Select(w => KoreanParticles.Strip(w.Text))
        .ToHashSet(StringComparer.Ordinal);
}
