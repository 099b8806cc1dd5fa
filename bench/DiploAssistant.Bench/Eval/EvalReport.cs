using DiploAssistant.Bench.KorQuad;
using DiploAssistant.Bench.Processes;

namespace DiploAssistant.Bench.Eval;

/// <summary>
/// What <c>diplo eval --json</c> printed (its metrics, by name), refusals per unanswerable group from its outcomes, the run, and
/// the peer's retrieval figures on the same answerable questions.
/// </summary>
internal sealed record EvalReport(
    EvalQuestionSet Set,
    int Stored,
    ChildRun Ingest,
    ChildRun Evaluation,
    IReadOnlyList<(string Name, double? Value)> Metrics,
    int Questions,
    int Failures,
    (int Declined, int Of) HeldOutDeclined,
    (int Declined, int Of) OffTopicDeclined,
    RecallFigures Baseline);
