using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>Simulated retrieval results: the given chunks in order, with falling scores.</summary>
internal static class Evidence
{
    public static IReadOnlyList<RetrievedChunk> Of(params (SampleArticle Article, int Chunk)[] ranked) =>
        ranked.Select((hit, rank) => hit.Article.Chunk(hit.Chunk, Math.Round(0.9 - (0.07 * rank), 2))).ToList();

    /// <summary>Every chunk of the articles, in the order given.</summary>
    public static IReadOnlyList<RetrievedChunk> AllOf(params SampleArticle[] articles) =>
        Of(articles.SelectMany(a => Enumerable.Range(0, a.ChunkCount).Select(i => (a, i))).ToArray());
}
