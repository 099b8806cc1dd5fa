using System.Collections.Frozen;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// Words of a question that carry no evidence: English function words and question words, Korean interrogatives,
/// and Korean nouns so generic (내용, 결과) that an article need not contain them to answer.
/// </summary>
internal static class QuestionVocabulary
{
    private static readonly FrozenSet<string> EnglishStopWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "about", "by", "from", "as",
        "into", "onto", "over", "after", "before", "during", "between", "among", "against", "via", "than", "then",
        "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "whether", "many", "much",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "this", "that", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their", "him",
        "i", "me", "my", "we", "us", "our", "you", "your", "there", "here", "any", "some", "all", "each", "other",
        "say", "says", "said", "tell", "told", "explain", "describe", "please", "know", "according", "also",
        "mr", "mrs", "ms", "dr", "kind", "sort", "type", "happen", "happened", "regarding", "concerning", "anything",
        "north", "south", "east", "west",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Interrogative stems; a word starting with one (누구를, 무엇에, 어디서) is a question word with its particle.
    private static readonly string[] KoreanInterrogatives =
    [
        "무엇", "무슨", "누구", "누가", "어디", "언제", "어떤", "어떻", "어느", "얼마", "몇", "왜", "뭐", "뭘", "뭔",
    ];

    private static readonly FrozenSet<string> KoreanGenericNouns = new[]
    {
        "내용", "결과", "관련", "문제", "이유", "의미", "입장", "계획", "방안", "분야", "논의", "합의", "발언", "이야기", "사항",
        "목적", "주제", "의제", "회담", "회의", "만남", "협력", "사람", "인물", "당시", "이후", "이전", "최근", "기사", "뉴스",
        "날짜", "장소", "시기", "국가", "나라", "양측", "양국", "정부", "관계", "상대", "상대방", "주요", "구체적", "다음",
        "차기", "지난", "이번", "올해", "작년", "지난해", "현재", "향후", "당국", "측", "대해", "대한", "관해", "관한", "통해",
        "하기", "위해", "만난", "만날", "만나", "만나서", "열린", "열릴", "밝힌", "말한", "나눈", "가진", "있나", "있는", "했던", "하는",

        // Frequent news nouns that name no one and nothing in particular (통화 사실을 밝혔나).
        "사실", "소식", "발표", "자리", "행사", "기간", "예정", "가능성", "필요성", "중요성", "방향", "노력", "계기", "과정",
        "결정", "요청", "제안", "약속", "취지", "배경", "전망", "우려", "조치", "상황", "의견", "생각", "당부", "언급", "설명", "답변",
        "질문", "모습", "방식", "수준", "정도", "규모", "여부", "경우", "때문", "측면", "부분", "전체", "일부", "대부분", "처음", "마지막",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Korean words that frame a question without naming anything to look for (…에 대해 어떤 이야기를 나눴나).
    private static readonly FrozenSet<string> KoreanFillers = new[]
    {
        "대해", "대한", "관해", "관한", "통해", "이야기", "이야", "야기", "내용", "관련", "어떻게", "무엇",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsEnglishStopWord(string word) => EnglishStopWords.Contains(word);

    /// <summary>True for a Korean term that only frames the question (대해, 이야기).</summary>
    public static bool IsKoreanFiller(string term) => KoreanFillers.Contains(term);

    public static bool IsKoreanInterrogative(string word) =>
        KoreanInterrogatives.Any(stem => word.StartsWith(stem, StringComparison.Ordinal));

    public static bool IsKoreanGenericNoun(string stem) => KoreanGenericNouns.Contains(stem);
}
