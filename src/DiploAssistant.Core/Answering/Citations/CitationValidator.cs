using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Answering.Citations;

/// <summary>
/// Enforces the Answer contract on text written with numbered sources (by a model or the extractive generator):
/// markers that point at no source are removed, sources of the same document share one number, numbers become
/// 1..k in order of first use, and unused sources are dropped.
/// </summary>
public static partial class CitationValidator
{
    /// <param name="answerText">Text with <c>[n]</c> markers, n being a source's <see cref="Citation.N"/>.</param>
    /// <param name="sources">The numbered sources the text could cite.</param>
    public static CitedAnswerText Validate(string answerText, IReadOnlyList<Citation> sources)
    {
        ArgumentNullException.ThrowIfNull(answerText);
        ArgumentNullException.ThrowIfNull(sources);
        var sourceByNumber = sources.GroupBy(s => s.N).ToDictionary(g => g.Key, g => g.First());
        var numberByDocument = new Dictionary<string, int>(StringComparer.Ordinal);
        var cited = new List<Citation>();
        var removed = 0;

        var text = CitationMarkers.Pattern().Replace(answerText, marker =>
        {
            var renumbered = new List<int>();
            foreach (var n in CitationMarkers.Numbers(marker))
            {
                if (!sourceByNumber.TryGetValue(n, out var source))
                {
                    removed++;
                    continue;
                }

                if (!numberByDocument.TryGetValue(source.DocumentId, out var k))
                {
                    k = cited.Count + 1;
                    numberByDocument[source.DocumentId] = k;
                    cited.Add(source with { N = k });
                }
                else
                {
                    cited[k - 1] = Merge(cited[k - 1], source);
                }

                if (!renumbered.Contains(k))
                {
                    renumbered.Add(k);
                }
            }

            return string.Concat(renumbered.Select(k => $"[{k}]"));
        });

        return new CitedAnswerText(Tidy(text), cited, removed);
    }

    private static Citation Merge(Citation cited, Citation sameDocument)
    {
        var quote = cited.Quote.Contains(sameDocument.Quote, StringComparison.Ordinal)
            ? cited.Quote
            : $"{cited.Quote} {sameDocument.Quote}".Trim();
        return cited with { Quote = quote, Score = Math.Max(cited.Score, sameDocument.Score) };
    }

    /// <summary>Removes the gaps removed markers leave behind ("만났다 ." → "만났다.").</summary>
    private static string Tidy(string text)
    {
        return SpaceBeforePunctuation().Replace(RepeatedSpaces().Replace(text, " "), "$1").Trim();
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex RepeatedSpaces();

    [GeneratedRegex(@"[ \t]+([.,!?;:。])")]
    private static partial Regex SpaceBeforePunctuation();
}
