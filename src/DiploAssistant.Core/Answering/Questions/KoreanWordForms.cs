using System.Collections.Frozen;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// Korean question words that are not things to look for: verbs and adjectives in a modifying or connecting form
/// (파병될, 일어난, 활약한, 재직하고, 지도자이며), and nouns that only say what kind of answer is wanted (이름, 년도, 제목).
/// </summary>
internal static class KoreanWordForms
{
    // Endings of verbs and adjectives that modify the next noun or connect clauses; checked longest first.
    private static readonly string[] VerbalEndings =
    [
        "하였던", "되었던", "했었던", "했던", "하던", "되던", "였던", "었던", "았던", "했다가", "하다가", "했다", "하였다", "되었다",
        "하게된", "게된", "하면서", "하며", "하고", "하여", "해서", "되어", "되고", "되며", "이며", "이자", "이라고", "라고", "다고",
        "시킨", "받은", "받던", "있던", "있는", "없는", "없던", "였", "했", "됐", "던", "된", "될", "킨", "힌",
    ];

    // Nouns that name the kind of answer (…의 이름은?, 몇 년도?), not something the article must contain.
    private static readonly FrozenSet<string> AnswerNouns = new[]
    {
        "이름", "명칭", "년도", "연도", "제목", "갯수", "개수", "숫자", "직위", "직책", "직업", "위치", "도시", "회사", "기관", "단체",
        "형태", "종류", "방법", "방식", "인물", "사람", "나이", "국적", "별명", "용어", "단어", "날짜", "시간", "장소", "나머지",
        "정체", "원인", "이유", "목적", "역할", "특징", "성격", "성적", "지역", "국가", "나라", "대상", "분야", "작품", "단위",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a verb or adjective in a modifying or connecting form (the word as written, particles included).</summary>
    public static bool IsVerbal(string word) =>
        VerbalEndings.Any(ending => word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal));

    /// <summary>True for a noun that names the kind of answer asked for (이름, 년도), or a compound ending with one (정부형태).</summary>
    public static bool IsAnswerNoun(string stem) =>
        AnswerNouns.Contains(stem) || AnswerNouns.Any(noun => stem.Length > noun.Length + 1 && stem.EndsWith(noun, StringComparison.Ordinal));
}
