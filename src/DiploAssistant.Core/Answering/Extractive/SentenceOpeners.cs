using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// Sentences that begin by pointing back ("양측은 …", "이 자리에서는 …", "She …"): who they are about is in the previous
/// sentence, so that sentence's names count fully for them. "The two sides" (양측, 양국) stands for the countries named.
/// </summary>
internal static partial class SentenceOpeners
{
    public static bool PointsBack(string sentence) => PointingBack().IsMatch(sentence);

    /// <summary>True when the sentence speaks of "the two sides" (양측, 양국): the countries or blocs its article names.</summary>
    public static bool NamesTheParties(string sentence) => TheParties().IsMatch(sentence);

    // Korean only for now: English "the two sides" often means other parties than the question's (a launch in 2015).
    [GeneratedRegex(@"양측|양국|두 나라")]
    private static partial Regex TheParties();

    [GeneratedRegex(@"^(이 자리에서|이날|이에|이어|양측은|양국은|양국 정상은|두 사람은|두 정상은|두 장관은|그는|그녀는|이들은|(she|he|they|the two sides|both sides|the two|in response|at the meeting|during the meeting)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PointingBack();
}
