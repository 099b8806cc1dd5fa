namespace DiploAssistant.Core.Documents;

/// <summary>What is known about one stored document (one story): everything a citation needs.</summary>
/// <param name="Id">Stable document id: the dump's <c>id</c>, the file name stem, or a slug of the URL; extra stories on one page get <c>#2</c>, <c>#3</c>…</param>
/// <param name="Title">Headline from the page, or the lead sentence when the page has none.</param>
/// <param name="Source">Outlet name (뉴시스, The Korea Herald…), or null when unknown.</param>
/// <param name="Url">The article's web address when known.</param>
/// <param name="Uri">Where it was loaded from: a file path or URL (with <c>:line</c> for dumps).</param>
/// <param name="Published">Publication date when known.</param>
/// <param name="Language">"ko" or "en".</param>
public sealed record DocumentInfo(
    string Id,
    string Title,
    string? Source,
    string? Url,
    string Uri,
    DateOnly? Published,
    string Language);
