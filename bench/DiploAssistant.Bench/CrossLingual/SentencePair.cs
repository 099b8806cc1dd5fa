namespace DiploAssistant.Bench.CrossLingual;

/// <summary>One aligned Korean–English news sentence pair.</summary>
internal sealed record SentencePair(string Id, string Korean, string English);
