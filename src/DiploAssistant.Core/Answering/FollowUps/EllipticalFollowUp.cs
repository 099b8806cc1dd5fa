using System.Text.RegularExpressions;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering.FollowUps;

/// <summary>
/// A follow-up that only names a new subject ("what about the Netherlands?", "and Japan?", "그럼 일본은?", "네덜란드는
/// 어때?"): it asks the previous question again about that subject, so the subject takes the place of the previous
/// question's name of the same kind: a country its last country ("Korea and Japan" → "Korea and the Netherlands"), anyone
/// else its first other name, usually the subject ("Who did Wi Sung-lac meet?" → "Who did Rutte meet?").
/// </summary>
internal static partial class EllipticalFollowUp
{
    /// <summary>The subject the follow-up names, or null when it is not of this shape.</summary>
    public static string? SubjectOf(string question)
    {
        var match = English().Match(question.Trim());
        if (!match.Success)
        {
            match = Korean().Match(question.Trim());
        }

        return match.Success ? match.Groups["x"].Value.Trim() : null;
    }

    /// <summary>The previous question asked about <paramref name="subject"/> instead.</summary>
    public static string AskAbout(string previous, string subject)
    {
        // "Korea and Japan" is one name to the question's analysis, two parties here.
        var entities = QuestionEntities.Find(previous)
            .SelectMany(e => e.Text.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var bare = Regex.Replace(subject, @"^(?i:the)\s+", "");
        var replaced = IsParty(bare)
            ? entities.LastOrDefault(IsParty) ?? entities.LastOrDefault()
            : entities.FirstOrDefault(e => !IsParty(e)) ?? entities.FirstOrDefault();
        if (replaced is null || previous.Contains(bare, StringComparison.OrdinalIgnoreCase))
        {
            return $"{previous} {subject}";
        }

        var at = previous.LastIndexOf(replaced, StringComparison.Ordinal);
        return string.Concat(previous.AsSpan(0, at), bare, previous.AsSpan(at + replaced.Length));
    }

    /// <summary>A country or bloc (네덜란드, 노르웨이, the Netherlands, EU), with or without its particle.</summary>
    private static bool IsParty(string name)
    {
        var folded = TextWords.Fold(name);
        var stem = KoreanParticles.Strip(name);
        return BilingualGlossary.Default.Entries.Any(e => e.Kind == GlossaryKind.Name
            && (e.English.Contains(folded) || e.Korean.Contains(name) || e.Korean.Contains(stem)));
    }

    [GeneratedRegex(@"^(?i:and\s+)?(?:(?i:what|how)\s+about|(?i:and))\s+(?<x>[^?]{1,60}?)\s*\??$")]
    private static partial Regex English();

    [GeneratedRegex(@"^(?:(?:그럼|그러면|그렇다면)\s+)?(?<x>[^\s?]{1,20}?)(?:와는|과는|에서는|의 경우는|은|는)\s*(?:어때요|어때|어떤가요|어떤가|어떻습니까|어떻게 되나)?\s*\??$")]
    private static partial Regex Korean();
}
