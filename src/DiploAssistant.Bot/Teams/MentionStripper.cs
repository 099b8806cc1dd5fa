using System.Text.RegularExpressions;
using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Teams;

/// <summary>Removes the bot's own @mention from a Teams message and unwraps other <c>&lt;at&gt;</c> tags (spec §4.1).</summary>
internal static partial class MentionStripper
{
    public static string Strip(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals((string?)entity["type"], "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentionedId = (string?)entity["mentioned"]?["id"];
            if (mentionedId is null || !string.Equals(mentionedId, activity.Recipient?.Id, StringComparison.Ordinal))
            {
                continue;
            }

            var mentionText = (string?)entity["text"] ?? $"<at>{(string?)entity["mentioned"]?["name"]}</at>";
            text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        return AtTag().Replace(text, "$1").Trim();
    }

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtTag();
}
