using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>Says what no article supports when the question is declined: the name, year or ordinal missing, else the nouns.</summary>
internal static class MissingSupport
{
    public static string Reason(string question, IReadOnlyList<QuestionEntity> entities, IReadOnlyList<EvidenceText> articles, EvidenceText best)
    {
        // What no article mentions at all, else what the best-ranked article lacks; names, years and ordinals first.
        var ordered = entities.OrderByDescending(e => e.IsStrong).ToList();
        var missing = ordered.FirstOrDefault(e => e.IsStrong && !articles.Any(a => a.Mentions(e)))
            ?? ordered.FirstOrDefault(e => e.IsStrong && !best.Mentions(e));
        if (missing is not null)
        {
            var present = entities.Where(e => e.IsStrong && e != missing && articles.Any(a => a.Mentions(e))).Select(e => e.Text).ToList();
            return present.Count > 0 && articles.Any(a => a.Mentions(missing))
                ? NoAnswerMessages.NotTogether(question, [.. present.Append(missing.Text).Distinct()])
                : NoAnswerMessages.NotMentioned(question, missing.Text);
        }

        var nouns = entities.Where(e => !e.IsStrong && !best.Mentions(e)).Select(e => e.Text).ToList();
        return nouns.Count > 0 ? NoAnswerMessages.NotMentioned(question, string.Join(", ", nouns)) : NoAnswerMessages.WeakEvidence(question);
    }
}
