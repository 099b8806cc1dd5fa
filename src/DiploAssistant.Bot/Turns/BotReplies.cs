using System.Globalization;
using System.Text;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Bot.Turns;

/// <summary>The bot's fixed texts: welcome, help, the <c>sources</c> summary, and what a streamed answer shows first.</summary>
internal static class BotReplies
{
    public static string Welcome(string botName) =>
        $"Hello! I'm {botName}. I answer questions about diplomatic activity using only the news articles loaded here, "
        + "and I cite them as [1], [2]… Type **help** to see what I can do.";

    /// <summary>The informative first update of a streamed answer, in the question's language.</summary>
    public static string Searching(string question) =>
        NoAnswerMessages.IsKorean(question) ? "불러온 기사에서 찾고 있습니다…" : "Searching the loaded articles…";

    public static string Help(bool canLoad) =>
        "I answer questions about diplomatic meetings, talks and agreements from the loaded news articles, with numbered citations. "
        + "Ask in Korean or English, for example:\n\n"
        + "- Where did Cho Hyun meet Kaja Kallas?\n"
        + "- 한·네덜란드 2+2 대화에서 무엇에 합의했나?\n"
        + "- 위성락 실장은 헤이그에서 누구를 만났나?\n\n"
        + "Commands:\n\n"
        + "- **help** — this message\n"
        + "- **sources** — what is loaded\n"
        + (canLoad
            ? "- **load https://…** — load an article from the web; or attach a .txt, .html, .md or .json file"
            : "- loading articles from chat is not enabled for you");

    public static string Sources(StoreStatistics statistics, IReadOnlyList<DocumentSummary> newest)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(newest);
        if (statistics.Documents == 0)
        {
            return "No articles are loaded yet.";
        }

        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{statistics.Documents} articles ({statistics.Chunks} passages) are loaded");
        if (statistics.NewestPublished is { } date)
        {
            builder.Append(CultureInfo.InvariantCulture, $"; the newest was published {date:yyyy-MM-dd}");
        }

        builder.Append('.');
        if (newest.Count > 0)
        {
            builder.Append("\n\nNewest:\n");
            foreach (var summary in newest)
            {
                var document = summary.Document;
                var details = string.Join(", ", new[] { document.Source, document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
                    .Where(s => !string.IsNullOrWhiteSpace(s)));
                builder.Append("\n- ").Append(SafeMarkup.Text(document.Title));
                if (details.Length > 0)
                {
                    builder.Append(" (").Append(SafeMarkup.Text(details)).Append(')');
                }
            }
        }

        return builder.ToString();
    }
}
