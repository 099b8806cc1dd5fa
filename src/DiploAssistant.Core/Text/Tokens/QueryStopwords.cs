namespace DiploAssistant.Core.Text.Tokens;

/// <summary>Question words that say what is asked, not what it is about; dropped from queries only.</summary>
internal static class QueryStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Korean (after particle stripping)
        "무엇", "무엇인", "무엇일", "무슨", "어디", "어디인", "누구", "누구인", "언제", "언제인", "어떤", "어느", "어떻게",
        "얼마", "얼마나", "몇", "왜", "무엇이었", "누구였", "어디였", "언제였", "였나", "인가", "인가요", "입니까", "일까",
        "무엇입니까", "누구입니까", "있나", "있는가", "했나", "했는가", "하였나", "나요", "은", "는", "이", "가",
        // English
        "what", "where", "who", "whom", "whose", "when", "which", "why", "how", "did", "does", "do", "doe", "is", "are",
        "was", "wa", "were", "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "about",
        "it", "its", "that", "this", "there", "be", "been", "has", "ha", "have", "had", "will", "would", "can", "could",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
