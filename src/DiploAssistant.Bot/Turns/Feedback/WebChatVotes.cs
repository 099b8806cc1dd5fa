using System.Text.Json.Nodes;

namespace DiploAssistant.Bot.Turns.Feedback;

/// <summary>
/// Web Chat's vote buttons (spec §5.1): <c>LikeAction</c>/<c>DislikeAction</c> in the message entity's
/// <c>potentialAction</c>. Web Chat posts the pressed action back as it is and nothing else — no <c>replyToId</c> — so
/// each action's <c>@id</c> names the answer by the id of the question it answered (known before the answer is sent).
/// </summary>
internal static class WebChatVotes
{
    private const string LikeSuffix = "#like";
    private const string DislikeSuffix = "#dislike";

    public static JsonArray Actions(string questionId) =>
    [
        new JsonObject { ["@type"] = "LikeAction", ["@id"] = questionId + LikeSuffix },
        new JsonObject { ["@type"] = "DislikeAction", ["@id"] = questionId + DislikeSuffix },
    ];

    /// <summary>The question id an action's <c>@id</c> carries; null when it carries none.</summary>
    public static string? RatedId(string? actionId)
    {
        if (string.IsNullOrEmpty(actionId))
        {
            return null;
        }

        foreach (var suffix in new[] { LikeSuffix, DislikeSuffix })
        {
            if (actionId.EndsWith(suffix, StringComparison.Ordinal))
            {
                return actionId[..^suffix.Length];
            }
        }

        return actionId;
    }
}
