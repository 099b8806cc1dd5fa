using System.Globalization;
using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Analysis.Events;

/// <summary>
/// Turns candidate sentences into the listed events: within a date range, near-duplicates of one day merged into one
/// event that cites each article once, in date order (then by how well the first report matched), citations numbered
/// 1..n down the list.
/// </summary>
internal static class EventAssembler
{
    public static IReadOnlyList<TimelineEvent> Assemble(IReadOnlyList<EventCandidate> candidates, DateOnly? from, DateOnly? to, int maxEvents)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var groups = new List<(EventCandidate First, HashSet<string> Pairs, List<EventCandidate> Reports)>();
        foreach (var candidate in candidates.Where(c => (from is null || c.Date >= from) && (to is null || c.Date <= to)))
        {
            var pairs = NearDuplicates.Pairs(candidate.Quote);
            var group = groups.FindIndex(g => g.First.Date == candidate.Date && NearDuplicates.Same(g.Pairs, pairs));
            if (group < 0)
            {
                groups.Add((candidate, pairs, [candidate]));
            }
            else if (groups[group].Reports.TrueForAll(r => r.Source.Document.Id != candidate.Source.Document.Id))
            {
                groups[group].Reports.Add(candidate);
            }
        }

        // The best-matching events are kept when there are too many; the list is then put in date order.
        var kept = groups.Select((g, rank) => (g, rank)).Take(maxEvents).OrderBy(x => x.g.First.Date).ThenBy(x => x.rank).Select(x => x.g);
        var events = new List<TimelineEvent>();
        var n = 0;
        foreach (var (first, _, reports) in kept)
        {
            var ordered = reports.OrderBy(r => r.Source.Document.Published ?? DateOnly.MaxValue).ToList();
            var citations = ordered.Select(r => Cite(++n, r)).ToList();
            var outlets = ordered.Select(r => r.Source.Document.Source).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            events.Add(new TimelineEvent(first.Date, first.Shown, outlets, citations));
        }

        return events;
    }

    private static Citation Cite(int n, EventCandidate report)
    {
        var document = report.Source.Document;
        return new Citation(
            n,
            document.Id,
            document.Title,
            document.Source,
            document.Url,
            document.Uri,
            document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            report.Quote,
            report.Source.Score);
    }
}
