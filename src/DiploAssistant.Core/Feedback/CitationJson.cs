using System.Text.Json;
using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Feedback;

/// <summary>An answer's citations as the stores keep them: one JSON array, in the Answer JSON's field names.</summary>
public static class CitationJson
{
    public static string Serialize(IReadOnlyList<Citation> citations) => JsonSerializer.Serialize(citations);

    public static IReadOnlyList<Citation> Deserialize(string json) => JsonSerializer.Deserialize<List<Citation>>(json) ?? [];
}
