using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>
/// A small stand-in chunker: texts up to <c>WholeLimit</c> characters stay whole; longer ones are cut at sentence ends
/// ('.', '?', '!' before a space, or a line break) into windows of about <c>Target</c> characters overlapping by about <c>Overlap</c>.
/// </summary>
internal sealed class SentenceWindowSplitter(int target = 900, int overlap = 150, int wholeLimit = 1500) : IPassageSplitter
{
    public IReadOnlyList<Chunk> Split(string documentId, string text)
    {
        if (text.Length <= wholeLimit)
        {
            return [new Chunk(Chunk.MakeId(documentId, 0), documentId, 0, text, 0)];
        }

        var sentences = SentenceStarts(text);
        var chunks = new List<Chunk>();
        var first = 0;
        while (first < sentences.Count)
        {
            var last = first;
            while (last + 1 < sentences.Count && sentences[last + 1] - sentences[first] < target)
            {
                last++;
            }

            var start = sentences[first];
            var end = last + 1 < sentences.Count ? sentences[last + 1] : text.Length;
            chunks.Add(new Chunk(Chunk.MakeId(documentId, chunks.Count), documentId, chunks.Count, text[start..end].Trim(), start));
            if (end == text.Length)
            {
                break;
            }

            // Step back over trailing sentences that fit in the overlap, but always move forward.
            var next = last + 1;
            while (next - 1 > first && end - sentences[next - 1] <= overlap)
            {
                next--;
            }

            first = next;
        }

        return chunks;
    }

    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var end = text[i] is '.' or '?' or '!' && char.IsWhiteSpace(text[i + 1]) || text[i] == '\n';
            if (end)
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
