using System.Globalization;
using System.Text;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Watches;

/// <summary>
/// A digest as an answer: a heading naming the watch, one "- " line per article (its sentence on the topic, outlet and
/// date) with its <c>[n]</c> marker, the articles past the limit counted. Korean when the watch is written in Korean.
/// </summary>
internal static class WatchDigestText
{
    public static Answer Write(string query, IReadOnlyList<WatchMatch> matches, int maxArticles)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var korean = HangulText.ContainsSyllable(query);
        // Quotes, not bold: the chat channels escape markup in answer text, and the query is the user's own.
        var text = new StringBuilder(korean
            ? $"감시 중인 주제 ‘{query}’에 새 기사 {matches.Count}건이 들어왔습니다."
            : $"New articles for your watch “{query}” ({matches.Count}):");
        text.Append('\n');
        var citations = new List<Citation>();
        foreach (var match in matches.Take(maxArticles))
        {
            var n = citations.Count + 1;
            var document = match.Document;
            var published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append("\n- ").Append(match.Sentence);
            var about = string.Join(", ", new[] { document.Source, published }.OfType<string>());
            if (about.Length > 0)
            {
                text.Append(" — ").Append(about);
            }

            text.Append(CultureInfo.InvariantCulture, $" [{n}]");
            citations.Add(new Citation(n, document.Id, document.Title, document.Source, document.Url, document.Uri, published, match.Sentence, match.Score));
        }

        if (matches.Count > maxArticles)
        {
            var more = matches.Count - maxArticles;
            text.Append("\n\n").Append(korean ? $"(그 밖에 {more}건: ‘출처’로 최근 기사를 볼 수 있습니다.)" : $"({more} more: type “sources” to see the newest articles.)");
        }

        return new Answer(query, true, text.ToString(), null, citations);
    }
}
