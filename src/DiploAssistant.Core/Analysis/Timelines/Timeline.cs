using System.Text.Json.Serialization;
using DiploAssistant.Core.Analysis.Events;

namespace DiploAssistant.Core.Analysis.Timelines;

/// <summary>
/// The dated events the loaded articles record about a subject, in date order, each cited (DESIGN.md's timeline JSON).
/// An empty <see cref="Events"/> comes with a <see cref="NoEventsReason"/>.
/// </summary>
/// <param name="Query">The query as asked.</param>
/// <param name="Topic">What was searched for: the query without its framing words ("timeline of", "타임라인") and years.</param>
/// <param name="From">The first day shown, from the request or a year in the query.</param>
/// <param name="To">The last day shown.</param>
/// <param name="Events">The events, earliest first.</param>
/// <param name="NoEventsReason">Why there are none, in the query's language; null when there are events.</param>
public sealed record Timeline(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("from")] DateOnly? From,
    [property: JsonPropertyName("to")] DateOnly? To,
    [property: JsonPropertyName("events")] IReadOnlyList<TimelineEvent> Events,
    [property: JsonPropertyName("noEventsReason")] string? NoEventsReason);
