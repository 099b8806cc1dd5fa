using System.Text.Json.Serialization;
using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Analysis.Events;

/// <summary>
/// One dated event: the sentence that reports it with its relative dates written in full, the outlets that reported it,
/// and one citation per article (an event several articles reported appears once, citing each).
/// </summary>
/// <param name="Date">The day the event happened, resolved from the sentence and its article's date.</param>
/// <param name="Text">The reporting sentence (shortened when long), relative dates written absolutely.</param>
/// <param name="Outlets">The outlets of the citing articles, in citation order, without repeats.</param>
/// <param name="Citations">The articles, each with the sentence as it wrote it; numbered across the whole list of events.</param>
public sealed record TimelineEvent(
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("outlets")] IReadOnlyList<string> Outlets,
    [property: JsonPropertyName("citations")] IReadOnlyList<Citation> Citations);
