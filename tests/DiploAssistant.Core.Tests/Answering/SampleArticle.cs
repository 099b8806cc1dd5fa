using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>
/// The body of a sample article as the cleaner would deliver it (paragraphs joined by blank lines), cut by hand into
/// chunks of whole paragraphs.
/// </summary>
internal sealed class SampleArticle
{
    private readonly IReadOnlyList<Chunk> _chunks;

    /// <param name="chunkParagraphs">How many paragraphs each chunk holds, in order.</param>
    public SampleArticle(DocumentInfo document, string[] paragraphs, params int[] chunkParagraphs)
    {
        Document = document;
        Text = string.Join("\n\n", paragraphs);
        var chunks = new List<Chunk>();
        var offset = 0;
        var paragraph = 0;
        foreach (var count in chunkParagraphs.Length == 0 ? [paragraphs.Length] : chunkParagraphs)
        {
            var text = string.Join("\n\n", paragraphs.Skip(paragraph).Take(count));
            chunks.Add(new Chunk(Core.Documents.Chunk.MakeId(document.Id, chunks.Count), document.Id, chunks.Count, text, offset));
            offset += text.Length + 2;
            paragraph += count;
        }

        _chunks = chunks;
    }

    public DocumentInfo Document { get; }

    public string Text { get; }

    public int ChunkCount => _chunks.Count;

    public RetrievedChunk Chunk(int index, double score) => new(_chunks[index], Document, score);
}
