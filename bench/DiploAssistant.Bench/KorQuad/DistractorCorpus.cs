using System.Globalization;
using System.Text.Json;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>The distractor articles: ktitan news RSS items (title + lede) and Korean Wikinews articles (title + body).</summary>
internal static class DistractorCorpus
{
    public static List<BenchDocument> Load(string sharedData)
    {
        var documents = new List<BenchDocument>();
        foreach (var line in File.ReadLines(Path.Combine(sharedData, "ktitan-news-rss", "ktitan_news_rss.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var item = json.RootElement;
            documents.Add(new BenchDocument(
                "ktitan-" + item.GetProperty("id").GetString(),
                Text(item, "title"),
                Text(item, "summary"),
                Text(item, "source"),
                ParseDate(Text(item, "date")),
                Text(item, "lang")));
        }

        foreach (var line in File.ReadLines(Path.Combine(sharedData, "ko-wikinews", "ko_wikinews.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var item = json.RootElement;
            documents.Add(new BenchDocument(
                Text(item, "id"), Text(item, "title"), Text(item, "body"), "wikinews", ParseDate(Text(item, "date")), "ko"));
        }

        return documents;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static DateOnly? ParseDate(string text) =>
        text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
