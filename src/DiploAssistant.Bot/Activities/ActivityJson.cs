using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiploAssistant.Bot.Activities;

/// <summary>The wire format: camelCase, nulls omitted, lenient about unknown fields.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Parses an activity; null when the JSON is malformed, not an object, or has no <c>type</c>.</summary>
    public static Activity? TryParse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(utf8Json, Options);
            return string.IsNullOrWhiteSpace(activity?.Type) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
