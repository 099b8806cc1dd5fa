using System.Text.Json.Nodes;
using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// A file sent in chat that could be an article: its name, where to download it (Teams file info or contentUrl), and whether
/// it came in a Teams message (then it must be on one of Teams' file hosts).
/// </summary>
internal sealed record ChatAttachment(string Name, string? DownloadUrl, bool FromTeams = false)
{
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    private static readonly string[] LoadableExtensions = [".txt", ".html", ".htm", ".md", ".json"];

    public bool IsLoadable => LoadableExtensions.Contains(Path.GetExtension(Name), StringComparer.OrdinalIgnoreCase);

    /// <summary>The files of an activity; cards and Teams' inline <c>text/html</c> copy of the message are not files.</summary>
    public static IReadOnlyList<ChatAttachment> FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var files = new List<ChatAttachment>();
        var fromTeams = ActivityExtensions.IsTeamsChannel(activity.ChannelId);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (string.Equals(attachment.ContentType, TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase))
            {
                var url = attachment.Content is JsonObject content && content["downloadUrl"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                files.Add(new ChatAttachment(attachment.Name ?? "attachment", url, fromTeams));
            }
            else if (!string.IsNullOrEmpty(attachment.ContentUrl) && !string.IsNullOrEmpty(attachment.Name))
            {
                files.Add(new ChatAttachment(attachment.Name, attachment.ContentUrl, fromTeams));
            }
        }

        return files;
    }
}
