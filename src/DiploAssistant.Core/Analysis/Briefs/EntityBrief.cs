using System.Text.Json.Serialization;
using DiploAssistant.Core.Analysis.Events;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>
/// What the loaded articles say about one person or body: the roles they give it, and the dated meetings and events
/// they record, each cited (citations numbered across roles, then events). No roles and no events come with a reason.
/// </summary>
/// <param name="Name">The name as asked ("위성락", "Kaja Kallas").</param>
/// <param name="Names">The forms the articles were searched for: the name and its other-script forms (카야 칼라스 ↔ Kaja Kallas).</param>
/// <param name="Roles">Roles as the articles word them ("국가안보실장", "EU foreign policy chief"), most cited first.</param>
/// <param name="Events">The dated sentences that name it, earliest first.</param>
/// <param name="NoBriefReason">Why nothing was found, in the name's language; null otherwise.</param>
public sealed record EntityBrief(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("names")] IReadOnlyList<string> Names,
    [property: JsonPropertyName("roles")] IReadOnlyList<BriefRole> Roles,
    [property: JsonPropertyName("events")] IReadOnlyList<TimelineEvent> Events,
    [property: JsonPropertyName("noBriefReason")] string? NoBriefReason);
