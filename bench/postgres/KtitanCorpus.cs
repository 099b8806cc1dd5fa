using System.Globalization;
using System.Text.Json;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Bench.Postgres;

/// <summary>The first ktitan RSS items as stored documents (title + summary, chunked and embedded offline), and questions from their titles.</summary>
internal sealed class KtitanCorpus
{
    private KtitanCorpus(IReadOnlyList<DocumentUpsert> documents)
    {
        Documents = documents;
    }

    public static HashingEmbedder Embedder { get; } = new();

    public IReadOnlyList<DocumentUpsert> Documents { get; }

    public static KtitanCorpus Load(string path, int count)
    {
        var chunker = new SentenceChunker(new IngestionOptions());
        var documents = new List<DocumentUpsert>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (documents.Count == count)
            {
                break;
            }

            using var json = JsonDocument.Parse(line);
            var item = json.RootElement;
            var id = Text(item, "id");
            var title = Text(item, "title");
            var body = Text(item, "summary");
            if (id.Length == 0 || !seen.Add(id) || title.Length + body.Length == 0)
            {
                continue;
            }

            var published = DateTimeOffset.TryParse(Text(item, "date"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? DateOnly.FromDateTime(date.Date)
                : (DateOnly?)null;
            var language = title.Any(c => c is >= '\uAC00' and <= '\uD7A3') ? "ko" : "en";
            var info = new DocumentInfo(id, title, Text(item, "source"), Text(item, "url"), path + ":" + documents.Count, published, language);
            var chunks = chunker.Chunk(id, body.Length > 0 ? body : title);
            var embeddings = chunks.Select(c => (ReadOnlyMemory<float>)Embedder.Embed(title + "\n" + c.Text)).ToList();
            documents.Add(new DocumentUpsert(new Article(info, body), "bench-" + id, chunks, embeddings));
        }

        return new KtitanCorpus(documents);
    }

    /// <summary>Every n-th title, as a question.</summary>
    public IReadOnlyList<string> Questions(int count)
    {
        var step = Math.Max(1, Documents.Count / Math.Max(1, count));
        return Documents.Where((_, i) => i % step == 0).Take(count).Select(d => d.Article.Document.Title).ToList();
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;
}
