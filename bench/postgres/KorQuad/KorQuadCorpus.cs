using DiploAssistant.Bench.KorQuad;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Bench.Postgres.KorQuad;

/// <summary>
/// The KorQuAD bench's documents (paragraphs, and optionally the distractors) chunked by the product chunker and embedded once,
/// so both stores are loaded with exactly the same rows; and the questions, all or an evenly spaced sample.
/// </summary>
internal sealed record KorQuadCorpus(IReadOnlyList<DocumentUpsert> Documents, IReadOnlyList<BenchQuestion> Questions, int AllQuestions)
{
    public static KorQuadCorpus Load(string sharedData, bool distractors, int? questionSample, HashingEmbedder embedder)
    {
        var (documents, questions) = KorQuadDataset.Load(Path.Combine(sharedData, "korquad-1.0-dev", "KorQuAD_v1.0_dev.json"));
        if (distractors)
        {
            documents.AddRange(DistractorCorpus.Load(sharedData));
        }

        var splitter = new ProductChunkSplitter();
        var upserts = documents.AsParallel().AsOrdered().Select(document =>
        {
            var chunks = splitter.Split(document.Id, document.Text);
            var embeddings = chunks.Select(c => (ReadOnlyMemory<float>)embedder.Embed(document.Title + "\n" + c.Text)).ToList();
            return new DocumentUpsert(BenchArticles.ToArticle(document), BenchArticles.Hash(document), chunks, embeddings);
        }).ToList();
        var sampled = questionSample is { } n && n < questions.Count
            ? questions.Where((_, i) => i % (questions.Count / n) == 0).Take(n).ToList()
            : questions;
        return new KorQuadCorpus(upserts, sampled, questions.Count);
    }
}
