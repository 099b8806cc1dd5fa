using System.Text.Json;

namespace DiploAssistant.Bench.Speed;

/// <summary>A <c>.jsonl</c> article dump read in place: its lines, size, and each line's title and body as the dump reader takes them.</summary>
internal sealed record DumpFile(string Name, string Path, long Bytes, int Lines)
{
    public static DumpFile Open(string name, string path) =>
        new(name, path, new FileInfo(path).Length, File.ReadLines(path).Count(l => l.Length > 0));

    /// <summary>Title and body (<c>body</c>, else <c>text</c>, else <c>summary</c>) of one line; body empty when the product would refuse it.</summary>
    public static (string Title, string Body) TitleAndBody(string line)
    {
        using var json = JsonDocument.Parse(line);
        var item = json.RootElement;
        var body = new[] { "body", "text", "summary" }.Select(n => Text(item, n)).FirstOrDefault(t => t.Trim().Length > 0) ?? "";
        return (Text(item, "title"), body);
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
