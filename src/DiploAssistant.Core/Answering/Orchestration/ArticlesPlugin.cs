using System.ComponentModel;
using System.Globalization;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>
/// Retrieval as the kernel plugin <c>articles</c>: the model may search the loaded articles again with its own query
/// (for a part of the question the first sources miss) and read more of one article. Every result is numbered in the
/// answer's <see cref="SourceLedger"/>, so the numbers the model cites are checked like the first sources; every search
/// stays inside the request's filters.
/// </summary>
public sealed class ArticlesPlugin
{
    public const string PluginName = "articles";

    /// <summary>How many leading chunks <see cref="GetAsync"/> returns of one article.</summary>
    private const int ChunksPerArticle = 3;

    private readonly HybridRetriever _retriever;
    private readonly IDocumentStore _store;

    public ArticlesPlugin(HybridRetriever retriever, IDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(store);
        _retriever = retriever;
        _store = store;
    }

    [KernelFunction("search")]
    [Description("Searches the loaded news articles. Returns numbered sources (number, documentId, title, outlet, date, quote); cite a source by its number, like [3].")]
    public async Task<IReadOnlyList<ArticleSource>> SearchAsync(
        Kernel kernel,
        [Description("What to look for: names, places, the event; in the language of the articles (Korean or English).")] string query,
        [Description("Earliest publication date, YYYY-MM-DD.")] string? from = null,
        [Description("Latest publication date, YYYY-MM-DD.")] string? to = null,
        [Description("Only articles from this outlet.")] string? source = null,
        [Description("Only articles in this language: ko or en.")] string? language = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var ledger = SourceLedger.Of(kernel) ?? throw new InvalidOperationException("articles.search runs only inside an answer.");
        var filters = Narrow(ledger.Scope, Date(from, nameof(from)), Date(to, nameof(to)), source, language);
        if (filters is null)
        {
            return [];
        }

        var found = await _retriever.RetrieveAsync(query, filters, ledger.Limits.SearchResults, cancellationToken).ConfigureAwait(false);
        return Number(ledger, found);
    }

    [KernelFunction("get")]
    [Description("Reads the beginning of one loaded article by its documentId (from a search result). Returns it as numbered sources to cite.")]
    public async Task<IReadOnlyList<ArticleSource>> GetAsync(
        Kernel kernel,
        [Description("The documentId of a search result.")] string documentId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        var ledger = SourceLedger.Of(kernel) ?? throw new InvalidOperationException("articles.get runs only inside an answer.");
        var ids = Enumerable.Range(0, ChunksPerArticle).Select(i => Chunk.MakeId(documentId, i)).ToList();
        var chunks = await _store.GetChunksAsync(ids, cancellationToken).ConfigureAwait(false);
        return Number(ledger, chunks.Where(c => Allows(ledger.Scope, c.Document)).OrderBy(c => c.Chunk.Ordinal).ToList());
    }

    private static List<ArticleSource> Number(SourceLedger ledger, IReadOnlyList<RetrievedChunk> chunks)
    {
        var sources = new List<ArticleSource>(chunks.Count);
        foreach (var chunk in chunks)
        {
            if (ledger.Add(chunk) is { } number)
            {
                sources.Add(SourceLedger.Describe(number, chunk));
            }
        }

        return sources;
    }

    /// <summary>The model's filters inside the request's; null when they cannot both hold (nothing to search).</summary>
    private static SearchFilters? Narrow(SearchFilters scope, DateOnly? from, DateOnly? to, string? source, string? language)
    {
        if (!string.IsNullOrWhiteSpace(scope.Source) && !string.IsNullOrWhiteSpace(source) && !string.Equals(scope.Source, source, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(scope.Language) && !string.IsNullOrWhiteSpace(language) && !string.Equals(scope.Language, language, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var earliest = (scope.From, from) switch { (null, var f) => f, (var s, null) => s, (var s, var f) => s > f ? s : f };
        var latest = (scope.To, to) switch { (null, var t) => t, (var s, null) => s, (var s, var t) => s < t ? s : t };
        return scope with
        {
            From = earliest,
            To = latest,
            Source = string.IsNullOrWhiteSpace(scope.Source) ? Blank(source) : scope.Source,
            Language = string.IsNullOrWhiteSpace(scope.Language) ? Blank(language) : scope.Language,
        };
    }

    private static bool Allows(SearchFilters scope, DocumentInfo document)
    {
        var published = document.Published;
        return (scope.From is null || published >= scope.From)
            && (scope.LatestAllowed is null || published <= scope.LatestAllowed)
            && (string.IsNullOrWhiteSpace(scope.Source) || string.Equals(scope.Source, document.Source, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(scope.Language) || string.Equals(scope.Language, document.Language, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"{name} must be a date like 2026-02-11.", name);
    }
}
