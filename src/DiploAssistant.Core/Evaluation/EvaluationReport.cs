using System.Text.Json.Serialization;
using DiploAssistant.Core.Evaluation.Judging;

namespace DiploAssistant.Core.Evaluation;

/// <summary>
/// The scores of a question set; a metric is null when no question in the set could measure it. <see cref="Judge"/> is the
/// judge's means with <c>--judge</c> (left out of the JSON otherwise).
/// </summary>
public sealed record EvaluationReport(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("recallAt1")] double? RecallAt1,
    [property: JsonPropertyName("recallAt5")] double? RecallAt5,
    [property: JsonPropertyName("recallAt10")] double? RecallAt10,
    [property: JsonPropertyName("mrr")] double? Mrr,
    [property: JsonPropertyName("answerHitRate")] double? AnswerHitRate,
    [property: JsonPropertyName("citationPrecision")] double? CitationPrecision,
    [property: JsonPropertyName("anyCitation")] double? AnyCitation,
    [property: JsonPropertyName("refusalAccuracy")] double? RefusalAccuracy,
    [property: JsonPropertyName("judge"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JudgeSummary? Judge,
    [property: JsonPropertyName("outcomes")] IReadOnlyList<QuestionOutcome> Outcomes)
{
    /// <param name="outcomes">Every question's outcome.</param>
    /// <param name="withJudge">True when the answers were judged (<c>--judge</c>): the report then carries the judge's means.</param>
    public static EvaluationReport From(IReadOnlyList<QuestionOutcome> outcomes, bool withJudge = false)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var answerable = outcomes.Where(o => o.Answerable).ToList();
        var withGold = answerable.Where(o => o.GoldRank is not null).ToList();
        var withExpected = answerable.Where(o => o.AnswerHit is not null).ToList();
        var judged = outcomes.Where(o => o.CorrectCitations is not null).ToList();
        var cited = judged.Sum(o => o.Citations);
        var unanswerable = outcomes.Where(o => !o.Answerable).ToList();
        return new EvaluationReport(
            outcomes.Count,
            Share(withGold, o => o.GoldRank is >= 1 and <= 1),
            Share(withGold, o => o.GoldRank is >= 1 and <= 5),
            Share(withGold, o => o.GoldRank is >= 1 and <= 10),
            withGold.Count == 0 ? null : withGold.Average(o => o.GoldRank is >= 1 and <= 10 ? 1.0 / o.GoldRank.Value : 0.0),
            Share(withExpected, o => o.AnswerHit == true),
            cited == 0 ? null : (double)judged.Sum(o => o.CorrectCitations!.Value) / cited,
            Share(answerable, o => o.Citations > 0),
            Share(unanswerable, o => !o.Answered),
            withJudge ? JudgeSummary.Of(outcomes.Where(o => o.Judge is not null).Select(o => o.Judge!).ToList()) : null,
            outcomes);
    }

    private static double? Share(IReadOnlyCollection<QuestionOutcome> items, Func<QuestionOutcome, bool> hit) =>
        items.Count == 0 ? null : (double)items.Count(hit) / items.Count;
}
