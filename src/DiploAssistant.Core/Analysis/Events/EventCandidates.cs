using System.Text.RegularExpressions;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text;
using DiploAssistant.Core.Text.Dates;

namespace DiploAssistant.Core.Analysis.Events;

/// <summary>
/// The dated sentences of retrieved chunks that a caller's test finds relevant: each with the day it names (or, for an
/// article's first sentence that names none, the article's date), at most <see cref="PerDocument"/> per article.
/// Datelines ("[서울=뉴시스] 유자비 기자 = "), photo captions and sentences too short to report anything are left out.
/// </summary>
internal static partial class EventCandidates
{
    public const int PerDocument = 4;
    public const int MaxShownCharacters = 220;
    private const int MinCharacters = 20;
    private const int MaxCharacters = 600;

    public static IReadOnlyList<EventCandidate> Find(IReadOnlyList<RetrievedChunk> chunks, Func<string, RetrievedChunk, bool> relevant)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(relevant);
        var found = new List<EventCandidate>();
        var seen = new HashSet<(string, string)>();
        var perDocument = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            var document = chunk.Document;
            var sentences = SentenceSplitter.Split(chunk.Chunk.Text);
            var firstBody = chunk.Chunk.Ordinal == 0 ? FirstBodySentence(sentences, document.Title) : -1;
            for (var i = 0; i < sentences.Count; i++)
            {
                var quote = Clean(sentences[i].Text);
                if (quote.Length is < MinCharacters or > MaxCharacters || Caption().IsMatch(quote)
                    || quote.Equals(document.Title.Trim(), StringComparison.Ordinal) || perDocument.GetValueOrDefault(document.Id) >= PerDocument
                    || !seen.Add((document.Id, quote)) || !relevant(quote, chunk))
                {
                    continue;
                }

                var date = EventDate.Find(quote, document.Published) ?? (i == firstBody ? document.Published : null);
                if (date is null)
                {
                    continue;
                }

                var shown = document.Published is { } published ? RelativeDateRewriter.Rewrite(quote, published) : quote;
                found.Add(new EventCandidate(date.Value, quote, Shorten(shown), chunk));
                perDocument[document.Id] = perDocument.GetValueOrDefault(document.Id) + 1;
            }
        }

        return found;
    }

    /// <summary>The sentence without a leading dateline or bracketed credit.</summary>
    public static string Clean(string sentence) => Dateline().Replace(sentence.ReplaceLineEndings(" ").Trim(), string.Empty).Trim();

    public static string Shorten(string text)
    {
        if (text.Length <= MaxShownCharacters)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxShownCharacters - 1);
        return string.Concat(text.AsSpan(0, cut > MaxShownCharacters / 2 ? cut : MaxShownCharacters - 1), "…");
    }

    private static int FirstBodySentence(IReadOnlyList<Sentence> sentences, string title)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = Clean(sentences[i].Text);
            if (text.Length >= MinCharacters && !title.Contains(text, StringComparison.Ordinal) && !Caption().IsMatch(text))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?:\[[^\]]{1,40}\]\s*(?:[^=\s]{1,10}\s){0,3}(?:기자|특파원)?\s*=\s*|\([^)]{1,30}=\s*[^)]{1,20}\)\s*|\(?[A-Z][A-Za-z]+(?:, [A-Z][A-Za-z]+)?\)?\s*\((?:Yonhap|AP|AFP|Reuters)\)\s*--\s*)")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"@\w|사진\s*=|/ 대통령실$|\b(?:photo|Photo by|Getty Images|Yonhap photo)\b|로이터연합뉴스$|(?:뉴스1|뉴시스|연합뉴스)$")]
    private static partial Regex Caption();
}
