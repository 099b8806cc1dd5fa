using System.Globalization;
using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>Writes the chosen sentences as an answer, each followed by the <c>[n]</c> of its article.</summary>
internal static class ExtractiveAnswerWriter
{
    public static Answer Write(string question, IReadOnlyList<ScoredSentence> sentences, int maxCharacters)
    {
        // One source per sentence; the validator gives sentences of one article one number, in order of first use.
        var sources = new List<Citation>();
        var parts = new List<string>();
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
            parts.Add($"{text} [{sources.Count}]");
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
