using System.Globalization;
using System.Text;
using DiploAssistant.Core.Analysis.Events;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>A brief as an <see cref="Answer"/>: the roles with their markers, then the events by day, for chat and CLI text.</summary>
public static class BriefAnswer
{
    public static Answer From(EntityBrief brief, int maxCitations)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var korean = HangulText.ContainsSyllable(brief.Name);
        if (brief.NoBriefReason is { } reason)
        {
            return Answer.NotAnswered(brief.Name, reason, reason);
        }

        var text = new StringBuilder(brief.Name);
        if (brief.Names.Count > 1)
        {
            text.Append(" (").AppendJoin(", ", brief.Names.Skip(1)).Append(')');
        }

        var citations = new List<Citation>();
        if (brief.Roles.Count > 0)
        {
            text.Append("\n\n").Append(korean ? "직함" : "Roles");
            foreach (var role in brief.Roles.Where(r => citations.Count + r.Citations.Count <= maxCitations))
            {
                text.Append("\n- ").Append(role.Role).Append(' ');
                foreach (var citation in role.Citations)
                {
                    citations.Add(citation with { N = citations.Count + 1 });
                    text.Append(CultureInfo.InvariantCulture, $"[{citations.Count}]");
                }
            }
        }

        if (brief.Events.Count > 0 && citations.Count < maxCitations)
        {
            var (events, eventCitations) = EventListText.Write(brief.Events, korean, maxCitations - citations.Count, citations.Count + 1);
            text.Append("\n\n").Append(korean ? "활동" : "Events").Append("\n\n").Append(events);
            citations.AddRange(eventCitations);
        }

        return new Answer(brief.Name, true, text.ToString(), null, citations);
    }
}
