using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary>
/// An Answer JSON with its citation scores rounded to 6 decimals: pgvector computes cosines in single precision, so the
/// two stores agree on every answer, citation and order, and on scores to about 1e-7, not to the last bit.
/// </summary>
internal static class ComparableAnswer
{
    public static string Of(JsonElement answer)
    {
        var node = JsonNode.Parse(answer.GetRawText())!;
        foreach (var citation in node["citations"]!.AsArray())
        {
            citation!["score"] = Math.Round(citation["score"]!.GetValue<double>(), 6);
        }

        return node.ToJsonString();
    }
}
