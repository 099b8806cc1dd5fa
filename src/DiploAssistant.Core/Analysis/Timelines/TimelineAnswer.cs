using DiploAssistant.Core.Analysis.Events;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Analysis.Timelines;

/// <summary>A timeline as an <see cref="Answer"/>: a heading and its events by day, for hosts that render answers (chat, CLI text).</summary>
public static class TimelineAnswer
{
    public static Answer From(Timeline timeline, int maxCitations)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var korean = HangulText.ContainsSyllable(timeline.Query);
        if (timeline.Events.Count == 0)
        {
            return Answer.NotAnswered(timeline.Query, timeline.NoEventsReason ?? string.Empty, timeline.NoEventsReason ?? string.Empty);
        }

        var (text, citations) = EventListText.Write(timeline.Events, korean, maxCitations);
        var heading = korean
            ? $"타임라인: {timeline.Topic} (사건 {timeline.Events.Count}건)"
            : $"Timeline: {timeline.Topic} ({timeline.Events.Count} events)";
        return new Answer(timeline.Query, true, heading + "\n\n" + text, null, citations);
    }
}
