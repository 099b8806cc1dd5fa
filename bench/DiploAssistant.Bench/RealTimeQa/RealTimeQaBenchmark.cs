using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Bench.Peers;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Bench.RealTimeQa;

/// <summary>
/// RealTimeQA's 220 gold questions over its 3,827-document scraped corpus: DiploAssistant (ingested through the product's
/// dump path, cleaning included; the question date as as-of date) against SQLite FTS5, Google's shipped ranking,
/// MiniSearch and FlexSearch, all in the same run; then the full ask path for answer hits and refusals.
/// </summary>
internal sealed class RealTimeQaBenchmark(string sharedData, string repositoryRoot, string workDirectory, TextWriter log)
{
    /// <summary>The README's window: articles published in the 8 days up to the question's date (date − 7 … date).</summary>
    public const int WindowDays = 8;

    private const int Top = 10;
    private const string Corpus = "corpus_2022_gold_weeks.jsonl";

    public async Task<RealTimeQaReport> RunAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(sharedData, "realtimeqa");
        var data = RealTimeQaDataset.Load(folder);
        var relevant = data.Questions.ToDictionary(q => q.Id, q => q.GoldDocumentIds, StringComparer.Ordinal);
        var queries = data.Questions.Select(q => new PeerQuery(q.Id, q.Text, q.Date.AddDays(1 - WindowDays), q.Date)).ToList();
        log.WriteLine($"{data.Documents.Count} documents, {data.Questions.Count} questions");
        Directory.CreateDirectory(workDirectory);
        var rows = new List<EngineRow>();

        await using var diplo = new DiploAssistantInstance(Path.Combine(workDirectory, "store"));
        var clock = Stopwatch.StartNew();
        var ingest = await diplo.Ingestion.IngestAsync(await CorpusWithoutLabelsAsync(folder, cancellationToken), cancellationToken);
        var ingestTime = clock.Elapsed;
        var storedIds = ingest.Items.Where(i => i.DocumentId is not null && i.Status != IngestionStatus.Failed).Select(i => i.DocumentId!).ToList();
        var storedDocuments = storedIds.Select(BaseId).Distinct(StringComparer.Ordinal).Count();
        log.WriteLine($"DiploAssistant ingested {storedDocuments} documents ({storedIds.Count} stories, {ingest.Failed} failed) in {ingestTime.TotalSeconds:F1} s");
        foreach (var reason in ingest.Items.Where(i => i.Status == IngestionStatus.Failed).GroupBy(i => i.Reason))
        {
            log.WriteLine($"  failed ×{reason.Count()}: {reason.Key}");
        }

        rows.Add(await DiploRowAsync(diplo.Retriever, "DiploAssistant HybridRetriever", "as-of = question date", queries, relevant,
            q => new SearchFilters(AsOf: q.To), ingestTime, cancellationToken));
        rows.Add(await DiploRowAsync(diplo.Retriever, "DiploAssistant HybridRetriever", $"as-of + from: {WindowDays}-day window", queries, relevant,
            q => new SearchFilters(From: q.From, AsOf: q.To), ingestTime, cancellationToken));

        clock.Restart();
        using var fts = new Fts5Index("porter unicode61");
        fts.Add(data.Documents);
        var ftsIndexTime = clock.Elapsed;
        rows.Add(Row("SQLite FTS5 porter unicode61 BM25", "none", queries, relevant, q => fts.Search(q, useWindow: false, Top), ftsIndexTime, "0.364 / 0.668 / 0.768"));
        rows.Add(Row("SQLite FTS5 porter unicode61 BM25", $"{WindowDays}-day window", queries, relevant, q => fts.Search(q, useWindow: true, Top), ftsIndexTime, "0.568 / 0.859 / 0.882"));
        rows.Add(new EngineRow("Google Custom Search (ranking shipped with the data)", "Google's own", RecallFigures.Score(data.GoogleRanking, relevant), null, null, "0.391 / 0.500 / 0.523"));

        var (nodeEngines, skipped) = await new NodePeers(repositoryRoot, workDirectory, log).RunAsync(data.Documents, queries, Top, cancellationToken);
        if (skipped is not null)
        {
            log.WriteLine($"MiniSearch and FlexSearch skipped: {skipped}");
        }

        foreach (var engine in nodeEngines)
        {
            var windowed = engine.Engine.EndsWith(", window", StringComparison.Ordinal);
            rows.Add(new EngineRow(
                windowed ? engine.Engine[..^", window".Length] : engine.Engine,
                windowed ? $"{WindowDays}-day window" : "none",
                RecallFigures.Score(engine.Rankings, relevant),
                engine.IndexTime,
                engine.QueryTime));
        }

        foreach (var row in rows)
        {
            log.WriteLine($"{row.Engine} [{row.Dates}]: R@1 {row.Figures.RecallAt1:F3}  R@5 {row.Figures.RecallAt5:F3}  R@10 {row.Figures.RecallAt10:F3}  MRR@10 {row.Figures.MrrAt10:F3}");
        }

        var answers = await AnswerAsync(diplo.Ask, data, cancellationToken);
        log.WriteLine($"ask: {answers.Answered} answered, {answers.Declined} declined, answer text in answer {answers.AnswerHits}/{answers.Questions}, gold cited {answers.GoldCited} ({answers.LoopTime.TotalSeconds:F1} s)");
        return new RealTimeQaReport(data.Questions.Count, data.Documents.Count, storedDocuments, ingest.Failed, storedIds.Count, ingestTime, rows, answers, skipped);
    }

    /// <summary>The corpus file as a dump upload, with the <c>is_gold</c> label removed so no engine can see it.</summary>
    private static async Task<RawSource> CorpusWithoutLabelsAsync(string folder, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(folder, Corpus), cancellationToken))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var record = JsonNode.Parse(line)!.AsObject();
            record.Remove("is_gold");
            text.Append(record.ToJsonString()).Append('\n');
        }

        return new RawSource(Corpus, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static async Task<EngineRow> DiploRowAsync(
        HybridRetriever retriever,
        string engine,
        string dates,
        IReadOnlyList<PeerQuery> queries,
        IReadOnlyDictionary<string, IReadOnlySet<string>> relevant,
        Func<PeerQuery, SearchFilters> filters,
        TimeSpan ingestTime,
        CancellationToken cancellationToken)
    {
        var rankings = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (query, ct) =>
        {
            // A page split into stories is stored as id, id#2…: any of them is the page. Ask for more to fill 10 pages.
            var ranked = await retriever.RetrieveDocumentsAsync(query.Text, filters(query), Top * 3, ct);
            rankings[query.Id] = ranked.Select(d => BaseId(d.DocumentId)).Distinct(StringComparer.Ordinal).Take(Top).ToList();
        });
        return new EngineRow(engine, dates, RecallFigures.Score(rankings, relevant), ingestTime, clock.Elapsed);
    }

    private static EngineRow Row(
        string engine,
        string dates,
        IReadOnlyList<PeerQuery> queries,
        IReadOnlyDictionary<string, IReadOnlySet<string>> relevant,
        Func<PeerQuery, IReadOnlyList<string>> search,
        TimeSpan indexTime,
        string? readme)
    {
        var clock = Stopwatch.StartNew();
        var rankings = queries.ToDictionary(q => q.Id, search, StringComparer.Ordinal);
        return new EngineRow(engine, dates, RecallFigures.Score(rankings, relevant), indexTime, clock.Elapsed, readme);
    }

    private async Task<AnswerFigures> AnswerAsync(IAskService ask, RealTimeQaDataset data, CancellationToken cancellationToken)
    {
        var texts = data.Documents.ToDictionary(d => d.Id, d => d.Title + "\n" + d.Text, StringComparer.Ordinal);
        int answered = 0, hits = 0, goldCited = 0, inGold = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(data.Questions, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (question, ct) =>
        {
            var answer = await ask.AskAsync(new AskRequest(question.Text, new SearchFilters(AsOf: question.Date)), ct);
            var hit = answer.Answered && AnswerText.Contains(answer.Text, question.AnswerTexts);
            Interlocked.Add(ref answered, answer.Answered ? 1 : 0);
            Interlocked.Add(ref hits, hit ? 1 : 0);
            Interlocked.Add(ref goldCited, answer.Citations.Any(c => question.GoldDocumentIds.Contains(BaseId(c.DocumentId))) ? 1 : 0);
            Interlocked.Add(ref inGold, question.GoldDocumentIds.Any(g => texts.TryGetValue(g, out var t) && AnswerText.Contains(t, question.AnswerTexts)) ? 1 : 0);
        });
        log.WriteLine($"answer loop {clock.Elapsed.TotalSeconds:F1} s");
        return new AnswerFigures(data.Questions.Count, answered, hits, goldCited, inGold, clock.Elapsed);
    }

    private static string BaseId(string documentId)
    {
        var hash = documentId.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? documentId : documentId[..hash];
    }
}
