using System.Text.Json;
using DiploAssistant.Core.Articles.Metadata;

namespace DiploAssistant.Core.Articles.Formats;

/// <summary>Reads dump records (DESIGN.md): <c>id</c>, <c>title</c>, body in <c>body</c>/<c>text</c>/<c>summary</c>, <c>url</c>, <c>date</c>/<c>published</c>/<c>publish_date</c>, <c>source</c>, <c>lang</c>; other fields become metadata.</summary>
internal static class DumpRecordReader
{
    public const int MaxDepth = 64;

    private static readonly string[] IdFields = ["id", "doc_id", "documentId"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] BodyFields = ["body", "text", "content", "summary", "description"];
    private static readonly string[] UrlFields = ["url", "link"];
    private static readonly string[] DateFields = ["date", "published", "publish_date", "published_at", "pubDate"];
    private static readonly string[] SourceFields = ["source", "outlet", "site"];
    private static readonly string[] LanguageFields = ["lang", "language"];

    public static JsonDocumentOptions DocumentOptions { get; } = new() { MaxDepth = MaxDepth };

    /// <summary>A clear reason for malformed JSON, naming depth when that was the problem.</summary>
    public static string Describe(JsonException exception) =>
        exception.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
            ? $"the JSON is nested too deeply (more than {MaxDepth} levels)"
            : $"it is not valid JSON ({FirstSentence(exception.Message)})";

    public static DumpRecord Read(JsonElement element, out string? failure)
    {
        failure = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            failure = $"expected an article object but found {element.ValueKind.ToString().ToLowerInvariant()}";
            return new DumpRecord(string.Empty, PageHints.None);
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? Field(string[] names)
        {
            foreach (var name in names)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && ScalarText(property.Value) is { Length: > 0 } value)
                    {
                        used.Add(property.Name);
                        return value;
                    }
                }
            }

            return null;
        }

        var body = Field(BodyFields);
        var id = Field(IdFields);
        var title = Field(TitleFields);
        var url = Field(UrlFields);
        var dateText = Field(DateFields);
        var source = Field(SourceFields);
        var language = Field(LanguageFields);
        var metadata = new Dictionary<string, string>();
        foreach (var property in element.EnumerateObject())
        {
            if (!used.Contains(property.Name) && !BodyFields.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                metadata[property.Name] = ScalarText(property.Value) ?? property.Value.GetRawText();
            }
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            failure = "the article has no body (expected a \"body\", \"text\" or \"summary\" field)";
        }

        var hints = new PageHints(id, title, source, url, DateText.Find(dateText), language?.ToLowerInvariant()) { Metadata = metadata };
        return new DumpRecord(body ?? string.Empty, hints);
    }

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
