using DiploAssistant.Core.Retrieval;
using static DiploAssistant.Core.Tests.Answering.SampleArticles;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>
/// Simulated retrieval named in test data: "RutteCall NatoSummitWiSungLac" is every chunk of those sample articles,
/// in that order (the first ones play the distracting better-ranked hits).
/// </summary>
internal static class RetrievedArticles
{
    private static readonly Dictionary<string, SampleArticle> ByName = new(StringComparer.Ordinal)
    {
        [nameof(EuStrategicDialogue)] = EuStrategicDialogue,
        [nameof(RelatedDefenseMinisters)] = RelatedDefenseMinisters,
        [nameof(RelatedMacronSummit)] = RelatedMacronSummit,
        [nameof(RelatedWashingtonTalks)] = RelatedWashingtonTalks,
        [nameof(RelatedKallasEgypt)] = RelatedKallasEgypt,
        [nameof(RelatedApecMeeting)] = RelatedApecMeeting,
        [nameof(RelatedKobayashiVisit)] = RelatedKobayashiVisit,
        [nameof(RelatedXiSummit)] = RelatedXiSummit,
        [nameof(NatoSummitWiSungLac)] = NatoSummitWiSungLac,
        [nameof(NetherlandsTwoPlusTwo)] = NetherlandsTwoPlusTwo,
        [nameof(RutteCall)] = RutteCall,
        [nameof(EuSecurityDialogue)] = EuSecurityDialogue,
    };

    public static IReadOnlyList<RetrievedChunk> Named(string names) =>
        Evidence.AllOf(names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(name => ByName[name]).ToArray());
}
