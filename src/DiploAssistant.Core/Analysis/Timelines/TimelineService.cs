using DiploAssistant.Core.Analysis.Events;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Analysis.Timelines;

/// <summary>
/// Builds a timeline ("한-나토 관계 타임라인", "timeline of Korea–EU meetings in 2025") from the loaded articles: the
/// topic is retrieved with the hybrid retriever (both languages), the dated sentences about it become events, dated from
/// their words and their article's date, merged when several articles report the same one, and listed by day.
/// </summary>
public sealed class TimelineService
{
    /// <summary>Chunks read for one timeline: enough for a few dozen articles (at most two chunks each).</summary>
    public const int ChunksRead = 60;

    /// <summary>Events listed at most.</summary>
    public const int MaxEvents = 60;

    /// <summary>Articles are read from this long after the last day asked for: a later report can date an earlier event.</summary>
    private const int LaterReportsDays = 92;

    private readonly HybridRetriever _retriever;
    private readonly NameLexicon _names;
    private readonly CrossLingualQueryExpander _expander = new();

    public TimelineService(HybridRetriever retriever, NameLexicon names)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(names);
        _retriever = retriever;
        _names = names;
    }

    /// <summary>The timeline of the query's topic between <paramref name="from"/> and <paramref name="to"/> (inclusive; either may be open).</summary>
    public async Task<Timeline> BuildAsync(string query, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var (topic, first, last) = TimelineQuery.Read(query.Trim(), from, to);
        if (first > last)
        {
            throw new ArgumentException("The first day comes after the last day.", nameof(from));
        }

        var search = topic.Length > 0 ? topic : query.Trim();
        var filters = new SearchFilters(From: first?.AddDays(-LaterReportsDays), To: last?.AddDays(LaterReportsDays));
        var chunks = await _retriever.RetrieveAsync(search, filters, ChunksRead, cancellationToken).ConfigureAwait(false);
        var matcher = TopicMatcher.For(search, _expander, _names);
        var candidates = EventCandidates.Find(chunks, (sentence, chunk) =>
            matcher.IsEmpty || (matcher.Count(sentence) > 0 && matcher.NamesAll(chunk.Document.Title + "\n" + chunk.Chunk.Text)));
        var events = EventAssembler.Assemble(candidates, first, last, MaxEvents);
        return new Timeline(query, topic, first, last, events, events.Count == 0 ? NoEvents(query) : null);
    }

    private static string NoEvents(string query) => HangulText.ContainsSyllable(query)
        ? "불러온 기사에서 이 주제에 관해 날짜를 알 수 있는 사건을 찾지 못했습니다."
        : "The loaded articles report no dated events on this topic.";
}
