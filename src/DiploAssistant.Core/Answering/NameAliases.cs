using System.Collections.Frozen;

namespace DiploAssistant.Core.Answering;

/// <summary>
/// English names of countries, blocs and capitals with their Korean spellings, for names whose sounds differ
/// (Japan, 일본) or are too short for <see cref="PhoneticKey"/> (Seoul, 서울).
/// </summary>
internal static class NameAliases
{
    private static readonly (string[] English, string[] Korean)[] Table =
    [
        (["korea", "korean", "koreans", "rok"], ["한국", "대한민국", "남한", "한미", "한일", "한중", "한·", "한-"]),
        (["japan", "japanese"], ["일본", "한일", "일·"]),
        (["china", "chinese"], ["중국", "한중", "미중"]),
        (["us", "u.s", "america", "american", "americans", "washington"], ["미국", "한미", "미중", "워싱턴"]),
        (["eu", "european", "europe"], ["유럽", "eu"]),
        (["nato"], ["나토", "nato", "북대서양조약기구"]),
        (["netherlands", "dutch", "holland"], ["네덜란드"]),
        (["hague"], ["헤이그"]),
        (["brussels"], ["브뤼셀"]),
        (["seoul"], ["서울"]),
        (["tokyo"], ["도쿄"]),
        (["beijing"], ["베이징"]),
        (["berlin"], ["베를린"]),
        (["paris"], ["파리"]),
        (["london"], ["런던"]),
        (["moscow"], ["모스크바"]),
        (["cairo"], ["카이로"]),
        (["germany", "german"], ["독일"]),
        (["france", "french"], ["프랑스"]),
        (["britain", "british", "uk", "u.k"], ["영국"]),
        (["russia", "russian"], ["러시아"]),
        (["ukraine", "ukrainian"], ["우크라이나"]),
        (["czech"], ["체코"]),
        (["egypt", "egyptian"], ["이집트"]),
        (["canada", "canadian"], ["캐나다"]),
        (["un", "u.n"], ["유엔", "국제연합"]),
        (["asean"], ["아세안"]),
        (["apec"], ["apec", "아시아태평양경제협력체"]),
    ];

    private static readonly FrozenDictionary<string, string[]> KoreanByEnglish = Table
        .SelectMany(row => row.English.Select(english => (english, row.Korean)))
        .ToFrozenDictionary(pair => pair.english, pair => pair.Korean, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string[]> EnglishByKorean = Table
        .SelectMany(row => row.Korean.Where(HangulText.ContainsSyllable).Select(korean => (korean, row.English)))
        .GroupBy(pair => pair.korean)
        .ToFrozenDictionary(group => group.Key, group => group.SelectMany(pair => pair.English).Distinct().ToArray());

    /// <summary>Korean spellings (substrings to look for) of an English word, or none.</summary>
    public static IReadOnlyList<string> KoreanFor(string englishWord) =>
        KoreanByEnglish.TryGetValue(englishWord, out var korean) ? korean : [];

    /// <summary>English words for a Korean word, or none.</summary>
    public static IReadOnlyList<string> EnglishFor(string koreanWord) =>
        EnglishByKorean.TryGetValue(koreanWord, out var english) ? english : [];
}
