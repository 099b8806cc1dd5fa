using System.Globalization;
using System.Text;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// The bot's fixed texts, in Korean or English: welcome, help, the <c>sources</c> summary, and what a streamed answer
/// shows first. Lists are "• " items, each its own paragraph: Teams shows markdown lists on desktop only (plain text on
/// iOS and Android) and may join single line breaks, while paragraphs and bold render on every client and in Web Chat.
/// </summary>
internal static class BotReplies
{
    public static string Welcome(string botName, bool korean) => korean
        ? $"안녕하세요! {botName}입니다. 여기에 불러온 뉴스 기사만으로 외교 활동에 관한 질문에 답하고, 출처를 [1], [2]…로 밝힙니다. "
            + "무엇을 할 수 있는지 보려면 **도움말**을 입력하세요."
        : $"Hello! I'm {botName}. I answer questions about diplomatic activity using only the news articles loaded here, "
            + "and I cite them as [1], [2]… Type **help** to see what I can do.";

    /// <summary>The informative first update of a streamed answer, in the question's language.</summary>
    public static string Searching(string question) =>
        NoAnswerMessages.IsKorean(question) ? "불러온 기사에서 찾고 있습니다…" : "Searching the loaded articles…";

    /// <summary>Examples and the commands this user can use (loading only when it is allowed for them).</summary>
    public static string Help(bool canLoad, bool korean)
    {
        string[] examples = korean
            ? ["위성락 실장은 헤이그에서 누구를 만났나?", "한·네덜란드 2+2 대화에서 무엇에 합의했나?", "Where did Cho Hyun meet Kaja Kallas?"]
            : ["Where did Cho Hyun meet Kaja Kallas?", "한·네덜란드 2+2 대화에서 무엇에 합의했나?", "위성락 실장은 헤이그에서 누구를 만났나?"];
        var commands = korean
            ? new List<string> { "**도움말** (help) — 이 안내", "**출처** (sources) — 불러온 기사", "**타임라인 …** (timeline) — 주제의 날짜별 사건", "**… 누구?** (who is …) — 인물의 직함과 활동",
                "**감시 …** (watch) — 주제에 맞는 새 기사가 들어오면 요약 알림; **감시 목록** (watches), **감시 해제 N** (unwatch N)" }
            : ["**help** — this message", "**sources** — what is loaded", "**timeline …** — a topic's dated events, by day", "**who is …?** — a person's roles and events",
                "**watch …** — a cited digest here when new articles on a topic are loaded; **watches** lists them, **unwatch N** stops one"];
        if (canLoad)
        {
            commands.Add(korean
                ? "**load https://…** — 웹에서 기사 불러오기 (또는 .txt, .html, .md, .json 파일 첨부)"
                : "**load https://…** — load an article from the web; or attach a .txt, .html, .md or .json file");
        }

        var intro = korean
            ? "불러온 뉴스 기사로 외교 회담·협의·합의에 관한 질문에 답하고, 번호를 붙여 출처를 밝힙니다. 한국어나 영어로 물어보세요. 예:"
            : "I answer questions about diplomatic meetings, talks and agreements from the loaded news articles, with numbered citations. "
                + "Ask in Korean or English, for example:";
        return intro + List(examples.Select(SafeMarkup.Text)) + "\n\n" + (korean ? "명령:" : "Commands:") + List(commands);
    }

    public static string Sources(StoreStatistics statistics, IReadOnlyList<DocumentSummary> newest, bool korean)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(newest);
        if (statistics.Documents == 0)
        {
            return korean ? "아직 불러온 기사가 없습니다." : "No articles are loaded yet.";
        }

        var builder = new StringBuilder();
        var newestDate = statistics.NewestPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        builder.Append(korean
            ? string.Create(CultureInfo.InvariantCulture, $"기사 {statistics.Documents}건(단락 {statistics.Chunks}개)을 불러왔습니다")
            : string.Create(CultureInfo.InvariantCulture, $"{statistics.Documents} articles ({statistics.Chunks} passages) are loaded"));
        if (newestDate is not null)
        {
            builder.Append(korean ? $". 가장 최근 기사는 {newestDate}에 나왔습니다" : $"; the newest was published {newestDate}");
        }

        builder.Append('.');
        if (newest.Count > 0)
        {
            builder.Append("\n\n").Append(korean ? "최근 기사:" : "Newest:").Append(List(newest.Select(Item)));
        }

        return builder.ToString();
    }

    private static string Item(DocumentSummary summary)
    {
        var document = summary.Document;
        var details = string.Join(", ", new[] { document.Source, document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        return SafeMarkup.Text(document.Title) + (details.Length > 0 ? " (" + SafeMarkup.Text(details) + ")" : string.Empty);
    }

    private static string List(IEnumerable<string> items) => string.Concat(items.Select(item => "\n\n• " + item));
}
