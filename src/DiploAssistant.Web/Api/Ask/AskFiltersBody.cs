using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Web.Api.Ask;

/// <summary>Optional restrictions of <c>POST /api/ask</c>: dates as <c>YYYY-MM-DD</c>.</summary>
public sealed record AskFiltersBody(DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null, string? Source = null, string? Language = null)
{
    public SearchFilters ToSearchFilters() => new(From, To, AsOf, Source, Language);
}
