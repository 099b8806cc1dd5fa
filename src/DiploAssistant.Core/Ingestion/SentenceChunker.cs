using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Cuts an article into chunks of whole sentences of about <see cref="IngestionOptions.ChunkCharacters"/>, each
/// starting with the last whole sentences (up to <see cref="IngestionOptions.ChunkOverlapCharacters"/>) of the one
/// before. A sentence longer than a chunk is cut at word boundaries. The same text always gives the same chunks.
/// </summary>
public sealed class SentenceChunker
{
    private readonly int _maxCharacters;
    private readonly int _overlapCharacters;

    public SentenceChunker(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxCharacters = Math.Max(1, options.ChunkCharacters);
        _overlapCharacters = Math.Max(0, options.ChunkOverlapCharacters);
    }

    public IReadOnlyList<Chunk> Chunk(string documentId, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(text);
        var units = SentenceSplitter.Split(text)
            .SelectMany(sentence => LongSentenceCutter.Cut(sentence, _maxCharacters))
            .ToList();
        var chunks = new List<Chunk>();
        var first = 0;
        while (first < units.Count)
        {
            var last = first;
            while (last + 1 < units.Count && units[last + 1].End - units[first].Start <= _maxCharacters)
            {
                last++;
            }

            var start = units[first].Start;
            chunks.Add(new Chunk(
                Documents.Chunk.MakeId(documentId, chunks.Count),
                documentId,
                chunks.Count,
                text[start..units[last].End],
                start));
            if (last + 1 >= units.Count)
            {
                break;
            }

            first = NextFirst(units, first, last);
        }

        return chunks;
    }

    /// <summary>
    /// The first sentence of the next chunk: as many trailing sentences of this chunk as fit in the overlap, but
    /// never so many that the next chunk could not also take its next new sentence (so every chunk makes progress).
    /// </summary>
    private int NextFirst(List<Sentence> units, int first, int last)
    {
        var nextNew = units[last + 1];
        var next = last + 1;
        while (next - 1 > first
            && units[last].End - units[next - 1].Start <= _overlapCharacters
            && nextNew.End - units[next - 1].Start <= _maxCharacters)
        {
            next--;
        }

        return next;
    }
}
