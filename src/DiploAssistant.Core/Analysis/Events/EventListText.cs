using System.Globalization;
using System.Text;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Text.Dates;

namespace DiploAssistant.Core.Analysis.Events;

/// <summary>
/// Events as an answer's text: one paragraph per day (the day written in the query's language), one "- " line per
/// event with its outlets and its <c>[n]</c> markers; at most <c>maxCitations</c> citations, the events past them
/// counted in a closing line. The chat channels render it as a list with their citations; the CLI prints it.
/// </summary>
internal static class EventListText
{
    public static (string Text, IReadOnlyList<Citation> Citations) Write(IReadOnlyList<TimelineEvent> events, bool korean, int maxCitations, int firstNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(events);
        var text = new StringBuilder();
        var citations = new List<Citation>();
        DateOnly? day = null;
        var shown = 0;
        foreach (var item in events)
        {
            if (citations.Count + item.Citations.Count > maxCitations)
            {
                break;
            }

            if (item.Date != day)
            {
                text.Append(day is null ? string.Empty : "\n\n").Append(korean ? AbsoluteDateText.KoreanDay(item.Date) : AbsoluteDateText.EnglishDay(item.Date));
                day = item.Date;
            }

            text.Append("\n- ").Append(item.Text);
            if (item.Outlets.Count > 0)
            {
                text.Append(" — ").AppendJoin(", ", item.Outlets);
            }

            text.Append(' ');
            foreach (var citation in item.Citations)
            {
                var n = citations.Count + firstNumber;
                citations.Add(citation with { N = n });
                text.Append(CultureInfo.InvariantCulture, $"[{n}]");
            }

            shown++;
        }

        if (shown < events.Count)
        {
            var more = events.Count - shown;
            text.Append("\n\n").Append(korean
                ? $"(이후 사건 {more}건은 diplo timeline 또는 /api/timeline에서 모두 볼 수 있습니다.)"
                : $"({more} more events: see them all with diplo timeline or /api/timeline.)");
        }

        return (text.ToString(), citations);
    }
}
