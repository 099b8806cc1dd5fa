using System.Text.RegularExpressions;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>Reads the sentences of the top retrieved chunks, once each (overlapping chunks repeat sentences).</summary>
internal static partial class CandidateSentences
{
    public static IReadOnlyList<CandidateSentence> Collect(IReadOnlyList<RetrievedChunk> evidence, ITextTokenizer tokenizer, int maxChunks)
    {
        var seen = new HashSet<(string DocumentId, int Position)>();
        var candidates = new List<CandidateSentence>();
        foreach (var (chunk, rank) in evidence.Take(maxChunks).Select((chunk, rank) => (chunk, rank)))
        {
            CandidateSentence? previous = null;
            foreach (var sentence in SentenceSplitter.Split(chunk.Chunk.Text))
            {
                var text = CitationMarkers.Neutralize(Whitespace().Replace(sentence.Text, " "));
                var terms = tokenizer.TokenizeDocument(text).Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
                var position = chunk.Chunk.Start + sentence.Start;
                var candidate = new CandidateSentence(text, chunk, rank, position, terms, new EvidenceText(text), previous);
                previous = candidate;
                if (seen.Add((chunk.Document.Id, position)))
                {
                    candidates.Add(candidate);
                }
            }
        }

        return candidates;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
