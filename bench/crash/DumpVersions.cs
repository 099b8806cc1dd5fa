using System.Globalization;
using System.Text.Json.Nodes;

namespace DiploAssistant.Bench.Crash;

/// <summary>Article dumps for crash runs: a "new version" of a dump with some articles changed, and a synthetic dump for quick runs.</summary>
internal static class DumpVersions
{
    private static readonly string[] BodyFields = ["body", "text", "summary"];

    /// <summary>
    /// Writes <paramref name="target"/>: the lines of <paramref name="source"/> (the first <paramref name="limit"/>, when given),
    /// every <paramref name="every"/>-th one with a changed title and a sentence added to its body. Returns how many changed.
    /// </summary>
    public static int WriteChanged(string source, string target, int every, int? limit = null)
    {
        var changed = 0;
        var index = 0;
        using var writer = new StreamWriter(target);
        foreach (var line in File.ReadLines(source).Take(limit ?? int.MaxValue))
        {
            index++;
            if (index % every != 0 || JsonNode.Parse(line) is not JsonObject record)
            {
                writer.WriteLine(line);
                continue;
            }

            var field = BodyFields.FirstOrDefault(f => record[f] is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0);
            if (field is null)
            {
                writer.WriteLine(line);
                continue;
            }

            record[field] = record[field]!.GetValue<string>() + " The ministry later issued a revised statement on the matter.";
            if (record["title"] is JsonValue title)
            {
                record["title"] = title.GetValue<string>() + " (updated)";
            }

            writer.WriteLine(record.ToJsonString());
            changed++;
        }

        return changed;
    }

    /// <summary>The first <paramref name="count"/> lines of a dump, copied to <paramref name="target"/>.</summary>
    public static void WriteSlice(string source, string target, int count) =>
        File.WriteAllLines(target, File.ReadLines(source).Take(count));

    /// <summary>A dump of <paramref name="count"/> short English news items (ids from <paramref name="first"/> on) with dates and sources, a few sentences each.</summary>
    public static void WriteSynthetic(string target, int count, int first = 0)
    {
        string[] capitals = ["Seoul", "Tokyo", "Brussels", "Washington", "Beijing", "Jakarta", "Canberra", "Ottawa", "Nairobi", "Lima"];
        string[] topics = ["trade", "maritime security", "export controls", "climate finance", "nuclear non-proliferation", "visa rules"];
        using var writer = new StreamWriter(target);
        for (var i = first; i < first + count; i++)
        {
            var city = capitals[i % capitals.Length];
            var other = capitals[(i * 7 + 3) % capitals.Length];
            var topic = topics[i % topics.Length];
            var date = new DateOnly(2025, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var body = $"Officials from {city} and {other} met on item {i} to discuss {topic}. " +
                $"The delegation number {i} said the talks on {topic} were constructive. " +
                $"A joint statement from {city} promised further meetings before the end of the year. " +
                $"Diplomats noted that the {topic} agenda had been prepared over several months.";
            var record = new JsonObject
            {
                ["id"] = $"synthetic-{i:D6}",
                ["title"] = $"{city} and {other} hold talks on {topic} ({i})",
                ["body"] = body,
                ["date"] = date,
                ["source"] = i % 2 == 0 ? "Synthetic Wire" : "Test Herald",
            };
            writer.WriteLine(record.ToJsonString());
        }
    }
}
