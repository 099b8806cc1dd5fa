using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiploAssistant.Bot.Teams;

/// <summary>A like/dislike from Teams' feedback buttons (<c>message/submitAction</c>, spec §4.3) or Web Chat's vote buttons.</summary>
internal sealed record FeedbackSubmission(string Reaction, string? Text)
{
    /// <summary>Reads <c>{"actionName":"feedback","actionValue":{"reaction","feedback":"{\"feedbackText\":…}"}}</c>; null otherwise.</summary>
    public static FeedbackSubmission? FromSubmitAction(JsonNode? value)
    {
        if (value is not JsonObject obj || !string.Equals(Str(obj["actionName"]), "feedback", StringComparison.OrdinalIgnoreCase)
            || obj["actionValue"] is not JsonObject action)
        {
            return null;
        }

        var reaction = Str(action["reaction"]) ?? "unknown";
        return new FeedbackSubmission(reaction, FeedbackText(action["feedback"]));
    }

    private static string? FeedbackText(JsonNode? feedback)
    {
        var raw = Str(feedback);
        if (raw is null)
        {
            return feedback is JsonObject o ? Str(o["feedbackText"]) : null;
        }

        try
        {
            return JsonNode.Parse(raw) is JsonObject parsed ? Str(parsed["feedbackText"]) : raw;
        }
        catch (JsonException)
        {
            return raw;
        }
    }

    private static string? Str(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
