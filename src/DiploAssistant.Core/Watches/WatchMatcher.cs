using DiploAssistant.Core.Analysis.Events;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Watches;

/// <summary>
/// Which of the newly loaded documents answer a watch: the hybrid retriever (lexical in both languages, vectors) ranks
/// their passages for the watch's words, restricted to those documents (<see cref="SearchFilters.DocumentIds"/>), and a
/// passage counts only when it and its title name every distinguishing word of the watch in either language (the
/// <see cref="TopicMatcher"/> the timelines use), so "watch Korea NATO" matches an article about 한-나토 and not one that
/// mentions Korea only. The sentence naming the most of the words is the one shown and cited.
/// </summary>
internal sealed class WatchMatcher(HybridRetriever retriever, NameLexicon names)
{
    private const int ChunksPerDocument = 3;
    private const int MaxChunks = 300;
    private readonly CrossLingualQueryExpander _expander = new();

    /// <summary>True when the query names something to watch (not only words such as "relations", "협력").</summary>
    public bool HasTopic(string query) => !TopicMatcher.For(query, _expander, names).IsEmpty;

    /// <summary>The documents of <paramref name="documentIds"/> that match, best first.</summary>
    public async Task<IReadOnlyList<WatchMatch>> MatchAsync(string query, IReadOnlyList<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(documentIds);
        var topic = TopicMatcher.For(query, _expander, names);
        if (documentIds.Count == 0 || topic.IsEmpty)
        {
            return [];
        }

        var allowed = documentIds.ToHashSet(StringComparer.Ordinal);
        var top = Math.Min(documentIds.Count * ChunksPerDocument, MaxChunks);
        var chunks = await retriever.RetrieveAsync(query, new SearchFilters(DocumentIds: documentIds), top, cancellationToken).ConfigureAwait(false);
        var matches = new Dictionary<string, WatchMatch>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            var document = chunk.Document;
            if (!allowed.Contains(document.Id) || matches.ContainsKey(document.Id) || !topic.NamesAll(document.Title + "\n" + chunk.Chunk.Text))
            {
                continue;
            }

            matches[document.Id] = new WatchMatch(document, BestSentence(chunk.Chunk.Text, document.Title, topic), chunk.Score);
        }

        return [.. matches.Values];
    }

    /// <summary>The sentence naming the most of the topic's words (the earliest of those), or the title when none names one.</summary>
    private static string BestSentence(string text, string title, TopicMatcher topic)
    {
        var best = (Count: 0, Text: title);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var cleaned = EventCandidates.Clean(sentence.Text);
            var count = topic.Count(cleaned);
            if (count > best.Count && cleaned.Length >= 10)
            {
                best = (count, cleaned);
            }
        }

        return EventCandidates.Shorten(best.Text.Trim());
    }
}
