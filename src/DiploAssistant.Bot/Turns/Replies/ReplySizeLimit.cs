using System.Text.Json;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Teams;

namespace DiploAssistant.Bot.Turns.Replies;

/// <summary>
/// Keeps outbound activities under the channel's size limit (Teams refuses over about 100 KB with 413
/// <c>MessageSizeTooBig</c>; <c>Bot:MaxReplyBytes</c>, 80 KB by default, leaves room for what the connector adds). A long
/// message is split at paragraphs into several, the last one keeping the citations, AI label and feedback buttons; a
/// streamed piece or an update, which must stay one activity, is shortened instead.
/// </summary>
internal static class ReplySizeLimit
{
    public const int DefaultMaxBytes = 80 * 1024;

    public static int Size(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options).Length;

    /// <summary>The activity as it is when it fits, else split into messages that each fit.</summary>
    public static IReadOnlyList<Activity> Fit(Activity activity, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Size(activity) <= maxBytes)
        {
            return [activity];
        }

        var streamed = activity.Entities?.Any(e => (string?)e["type"] == Streaming.StreamInfo.EntityType) == true;
        if (streamed || activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text))
        {
            return [Shorten(activity, maxBytes)];
        }

        var last = Copy(activity);
        last.Text = string.Empty;
        var plain = Copy(activity);
        plain.Text = string.Empty;
        plain.Entities = null;
        plain.Attachments = null;
        plain.ChannelData = null;
        var plainBudget = maxBytes - Size(plain);
        var lastBudget = maxBytes - Size(last);
        if (lastBudget <= 0)
        {
            return [Shorten(activity, maxBytes)];
        }

        var texts = Split(activity.Text, Math.Min(plainBudget, lastBudget));
        var parts = new List<Activity>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var part = Copy(i == texts.Count - 1 ? last : plain);
            part.Text = texts[i];
            parts.Add(i == texts.Count - 1 ? Shorten(part, maxBytes) : part);
        }

        return parts;
    }

    /// <summary>The activity with its text cut (marked with an ellipsis) until it fits; its entities are dropped only if they alone do not.</summary>
    public static Activity Shorten(Activity activity, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Size(activity) <= maxBytes)
        {
            return activity;
        }

        var copy = Copy(activity);
        var text = activity.Text ?? string.Empty;
        copy.Text = string.Empty;
        if (Size(copy) > maxBytes)
        {
            copy.Entities = null;
            copy.Attachments = null;
        }

        int low = 0, high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            copy.Text = TextLimits.Truncate(text, mid);
            if (Size(copy) <= maxBytes)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        copy.Text = TextLimits.Truncate(text, Math.Max(1, low));
        return copy;
    }

    /// <summary>Paragraph-sized pieces whose JSON-encoded text fits the budget; a paragraph too long alone is cut by characters.</summary>
    private static List<string> Split(string text, int budget)
    {
        var pieces = new List<string>();
        var current = string.Empty;
        foreach (var paragraph in text.Split("\n\n"))
        {
            var candidate = current.Length == 0 ? paragraph : current + "\n\n" + paragraph;
            if (Encoded(candidate) <= budget)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                pieces.Add(current);
            }

            current = paragraph;
            while (Encoded(current) > budget)
            {
                var cut = LongestPrefix(current, budget);
                pieces.Add(current[..cut]);
                current = current[cut..];
            }
        }

        if (current.Length > 0)
        {
            pieces.Add(current);
        }

        return pieces;
    }

    private static int LongestPrefix(string text, int budget)
    {
        int low = 1, high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Encoded(text[..mid]) <= budget)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        // Never split a surrogate pair.
        return low < text.Length && char.IsLowSurrogate(text[low]) && low > 1 ? low - 1 : low;
    }

    private static int Encoded(string text) => JsonSerializer.SerializeToUtf8Bytes(text, ActivityJson.Options).Length;

    private static Activity Copy(Activity activity) =>
        JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options), ActivityJson.Options)!;
}
