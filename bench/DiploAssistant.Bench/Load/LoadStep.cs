namespace DiploAssistant.Bench.Load;

/// <summary>One timed step of the load test: hey's figures, the body checker's, and whether an ingest ran throughout.</summary>
internal sealed record LoadStep(string Endpoint, bool DuringIngest, bool IngestRanThroughout, HeyResult Hey, AnswerCheck Check)
{
    public const double P99TargetMilliseconds = 200;

    /// <summary>p99 under 200 ms, every response 200, no transport error, and every checked body an answer.</summary>
    public bool Passed => Hey.P99 < P99TargetMilliseconds && Hey.NonSuccess == 0 && Hey.Errors == 0 && Hey.Responses > 0 && Check.Lost == 0;
}
