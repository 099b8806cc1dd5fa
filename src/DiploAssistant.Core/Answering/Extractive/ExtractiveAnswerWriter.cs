using System.Globalization;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Text.Dates;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// Writes the chosen sentences as an answer, each followed by the <c>[n]</c> of its article. Relative dates are written
/// in full against the article's date ("지난달 25일" → "2026년 1월 25일", "last Tuesday" → "on 10 February 2026"); the
/// citation keeps the article's own words. A sentence in the other language than the question's gets a lead in the
/// question's language (<see cref="AnswerLead"/>), once per article.
/// </summary>
internal static class ExtractiveAnswerWriter
{
    public static Answer Write(string question, IReadOnlyList<ScoredSentence> sentences, int maxCharacters)
    {
        // One source per sentence; the validator gives sentences of one article one number, in order of first use.
        var sources = new List<Citation>();
        var parts = new List<string>();
        var leadFor = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var text = Shorten(sentence.QuotedText, maxCharacters);
            var document = sentence.Candidate.Source.Document;
            sources.Add(new Citation(
                sources.Count + 1,
                document.Id,
                document.Title,
                document.Source,
                document.Url,
                document.Uri,
                document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                text,
                sentence.Candidate.Source.Score));
            var marker = $"[{sources.Count}]";
            var shown = document.Published is { } published ? RelativeDateRewriter.Rewrite(text, published) : text;
            parts.Add(AnswerLead.IsNeeded(question, text) && leadFor.Add(document.Id)
                ? $"{AnswerLead.For(question, document, marker)} {shown}"
                : $"{shown} {marker}");
        }

        var cited = CitationValidator.Validate(string.Join(' ', parts), sources);
        return new Answer(question, true, cited.Text, null, cited.Citations);
    }

    private static string Shorten(string text, int maxCharacters)
    {
        if (text.Length <= maxCharacters)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxCharacters - 1);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : maxCharacters - 1), "…");
    }
}
