using DiploAssistant.Core.Answering;

namespace DiploAssistant.Bot.Teams;

/// <summary>
/// How a citation is named to the user: outlet and date first, then the article's title ("Reuters, 2026-02-11 — Talks
/// resume"), so a narrow list that cuts the line (Web Chat's references) still shows where and when.
/// </summary>
internal static class CitationLabel
{
    /// <summary>Plain text of at most <paramref name="maxLength"/> characters; the title is shortened first, so outlet and date stay.</summary>
    public static string For(Citation citation, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var title = SafeMarkup.Plain(string.IsNullOrWhiteSpace(citation.Title) ? citation.DocumentId : citation.Title).Trim();
        var details = string.Join(", ", new[] { citation.Source, citation.Published }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => SafeMarkup.Plain(s).Trim()));
        if (details.Length == 0)
        {
            return TextLimits.Truncate(title, maxLength);
        }

        var prefix = TextLimits.Truncate(details, maxLength / 2) + " — ";
        return prefix + TextLimits.Truncate(title, Math.Max(1, maxLength - prefix.Length));
    }
}
