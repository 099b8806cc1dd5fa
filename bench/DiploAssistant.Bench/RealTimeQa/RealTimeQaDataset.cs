using System.Globalization;
using System.Text.Json;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.RealTimeQa;

/// <summary>
/// Reads ../shared/data/realtimeqa in place: the 220 questions of qrels_gold.jsonl, the 3,827-document corpus (is_gold is
/// never shown to an engine), and Google's ranking shipped with the data (gcs_rank 0 is the top hit).
/// </summary>
internal sealed record RealTimeQaDataset(
    IReadOnlyList<RealTimeQaQuestion> Questions,
    IReadOnlyList<PeerDocument> Documents,
    IReadOnlyDictionary<string, IReadOnlyList<string>> GoogleRanking)
{
    public static RealTimeQaDataset Load(string folder)
    {
        var gold = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in Lines(Path.Combine(folder, "qrels_gold.jsonl")))
        {
            var question = row.GetProperty("question_id").GetString()!;
            if (!gold.TryGetValue(question, out var set))
            {
                gold[question] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(row.GetProperty("doc_id").GetString()!);
        }

        var questions = Lines(Path.Combine(folder, "questions_gold.jsonl"))
            .Where(q => gold.ContainsKey(q.GetProperty("question_id").GetString()!))
            .Select(q =>
            {
                var id = q.GetProperty("question_id").GetString()!;
                return new RealTimeQaQuestion(
                    id,
                    ParseDate(q.GetProperty("question_date").GetString()) ?? throw new InvalidDataException($"{id}: no question_date"),
                    q.GetProperty("question_sentence").GetString()!,
                    q.GetProperty("answer_text").EnumerateArray().Select(a => a.GetString()!).ToList(),
                    gold[id]);
            })
            .ToList();

        var documents = Lines(Path.Combine(folder, "corpus_2022_gold_weeks.jsonl"))
            .Select(d => new PeerDocument(
                d.GetProperty("doc_id").GetString()!,
                Text(d, "title"),
                Text(d, "text"),
                ParseDate(d.TryGetProperty("publish_date", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null)))
            .ToList();

        var google = Lines(Path.Combine(folder, "retrieval_gcs_2022_gold_weeks.jsonl"))
            .Select(r => (Question: r.GetProperty("question_id").GetString()!, Document: r.GetProperty("doc_id").GetString()!, Rank: r.GetProperty("gcs_rank").GetInt32()))
            .GroupBy(r => r.Question, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(r => r.Rank).Select(r => r.Document).ToList(), StringComparer.Ordinal);
        return new RealTimeQaDataset(questions, documents, google);
    }

    /// <summary>"2022/06/16" as a date.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static IEnumerable<JsonElement> Lines(string path)
    {
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            yield return document.RootElement.Clone();
        }
    }
}
