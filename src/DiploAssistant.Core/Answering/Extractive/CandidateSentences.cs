using System.Text.RegularExpressions;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>Reads the sentences of the top retrieved chunks, once each (overlapping chunks repeat sentences).</summary>
internal static partial class CandidateSentences
{
    public static IReadOnlyList<CandidateSentence> Collect(IReadOnlyList<RetrievedChunk> evidence, ITextTokenizer tokenizer, int maxChunks)
    {
        var seen = new HashSet<(string DocumentId, int Position)>();
        var candidates = new List<CandidateSentence>();
        var read = evidence.Take(maxChunks).ToList();
        var references = read
            .GroupBy(chunk => chunk.Document.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new SurnameReferences(g.Select(c => c.Chunk.Text).Prepend(g.First().Document.Title)), StringComparer.Ordinal);
        foreach (var (chunk, rank) in read.Select((chunk, rank) => (chunk, rank)))
        {
            CandidateSentence? previous = null;
            foreach (var sentence in SentenceSplitter.Split(chunk.Chunk.Text))
            {
                var text = CitationMarkers.Neutralize(Whitespace().Replace(sentence.Text, " "));

                // "위 실장은" is 위성락 to name lookups and term matching (the quote keeps the article's words).
                var indexed = string.Join(' ', references[chunk.Document.Id].In(text).Prepend(text));
                var terms = tokenizer.TokenizeDocument(indexed).Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
                var position = chunk.Chunk.Start + sentence.Start;
                var candidate = new CandidateSentence(text, chunk, rank, position, terms, new EvidenceText(indexed), previous);
                // An article's own question ("Which company is accused …?", a quiz) answers nothing, nor is it quoted
                // as the context of the sentence after it.
                var question = IsQuestion(text);
                previous = question ? null : candidate;
                if (!question && seen.Add((chunk.Document.Id, position)))
                {
                    candidates.Add(candidate);
                }
            }
        }

        return candidates;
    }

    /// <summary>The sentence after this one in its chunk, among the candidates, if any.</summary>
    public static CandidateSentence? Next(IReadOnlyList<CandidateSentence> candidates, CandidateSentence sentence) =>
        candidates.FirstOrDefault(c => ReferenceEquals(c.Previous, sentence));

    private static bool IsQuestion(string sentence)
    {
        var end = sentence.Length - 1;
        while (end > 0 && (char.IsWhiteSpace(sentence[end]) || Punctuation.IsClosing(sentence[end])))
        {
            end--;
        }

        return end >= 0 && sentence[end] is '?' or '？';
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
