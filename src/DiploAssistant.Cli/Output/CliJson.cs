using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DiploAssistant.Cli.Output;

/// <summary>JSON as the CLI prints it: one object per line, camelCase, Korean kept readable (not \u-escaped).</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The value's JSON object with <c>"id"</c> first, for batch lines.</summary>
    public static string SerializeWithId<T>(string id, T value)
    {
        var body = JsonSerializer.SerializeToNode(value, Options)!.AsObject();
        var line = new JsonObject { ["id"] = id };
        foreach (var (key, node) in body.ToList())
        {
            body.Remove(key);
            line[key] = node;
        }

        return line.ToJsonString(Options);
    }
}
