using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Web.Articles;

/// <summary>A stored article as its page shows it: its metadata and its text, put back together from its chunks.</summary>
internal sealed record StoredArticle(DocumentInfo Document, string Text)
{
    private const int ChunksPerRead = 64;

    /// <summary>Reads the document's chunks (<c>{id}/0</c>, <c>{id}/1</c>, …) from the store; null when it is not stored.</summary>
    public static async Task<StoredArticle?> ReadAsync(IDocumentStore store, string documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var chunks = new List<RetrievedChunk>();
        for (var first = 0; ; first += ChunksPerRead)
        {
            var ids = Enumerable.Range(first, ChunksPerRead).Select(n => Chunk.MakeId(documentId, n)).ToList();
            var read = await store.GetChunksAsync(ids, cancellationToken).ConfigureAwait(false);
            chunks.AddRange(read.Where(c => string.Equals(c.Chunk.DocumentId, documentId, StringComparison.Ordinal)));
            if (read.Count < ChunksPerRead)
            {
                break;
            }
        }

        return chunks.Count == 0 ? null : new StoredArticle(chunks[0].Document, Join(chunks.Select(c => c.Chunk)));
    }

    /// <summary>
    /// The article text from overlapping chunks: each chunk knows where it starts, so an overlap is written once; the
    /// whitespace between two chunks that do not touch (not stored) becomes a line break.
    /// </summary>
    internal static string Join(IEnumerable<Chunk> chunks)
    {
        var text = new System.Text.StringBuilder();
        var end = 0;
        foreach (var chunk in chunks.OrderBy(c => c.Start))
        {
            if (chunk.Start >= end)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(chunk.Text);
            }
            else if (chunk.Start + chunk.Text.Length > end)
            {
                text.Append(chunk.Text, end - chunk.Start, chunk.Start + chunk.Text.Length - end);
            }

            end = Math.Max(end, chunk.Start + chunk.Text.Length);
        }

        return text.ToString();
    }
}
