namespace DiploAssistant.Bench.CacheCatchUp;

/// <summary>
/// One round: chunks in the store after the batch; the served store's first search after the batch (catching up from the
/// change log), its second search (cache current), a fresh store's first search (every vector read, as every search after
/// a write did before the change log); whether both gave the same ranking.
/// </summary>
internal sealed record CatchUpRound(int Round, long Chunks, double CatchUpMs, double WarmMs, double FullLoadMs, bool SameRanking);
