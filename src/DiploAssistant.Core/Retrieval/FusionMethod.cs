namespace DiploAssistant.Core.Retrieval;

/// <summary>How lexical and vector rankings are combined.</summary>
public enum FusionMethod
{
    /// <summary>Weighted reciprocal rank fusion: weight / (k + rank).</summary>
    ReciprocalRank,

    /// <summary>Weighted sum of each method's scores divided by that method's best score.</summary>
    NormalizedScore,
}
