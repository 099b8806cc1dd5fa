using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Tests.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Watches;

/// <summary>Small articles written for the watch tests: Korea and NATO in both languages, NATO without Korea, chips cooperation.</summary>
internal static class WatchTestArticles
{
    public static Article KoreaNatoKorean() => StoreTestData.Article(
        "nato-ko",
        "한-나토 파트너십 협의 개최",
        "한국과 나토는 3일 브뤼셀에서 개별 맞춤형 파트너십 협의를 열고 사이버 방위 협력을 논의했다.\n\n"
        + "양측은 내년 정상회의 전에 다시 만나기로 했다.",
        new DateOnly(2026, 3, 4),
        source: "연합뉴스");

    public static Article KoreaNatoEnglish() => StoreTestData.Article(
        "nato-en",
        "South Korea deepens NATO partnership",
        "South Korea and NATO agreed on Tuesday in Brussels to expand their cooperation on cyber defence and space.",
        new DateOnly(2026, 3, 5),
        source: "The Korea Herald",
        language: "en");

    public static Article JapanNato() => StoreTestData.Article(
        "nato-japan",
        "Japan and NATO hold security talks",
        "Japan and NATO held security talks in Tokyo on Monday about maritime surveillance in the Pacific.",
        new DateOnly(2026, 3, 3),
        source: "Kyodo",
        language: "en");

    public static Article ChipsKorean() => StoreTestData.Article(
        "chips-ko",
        "한미 반도체 공급망 협력 강화",
        "한국과 미국은 5일 워싱턴에서 반도체 공급망 협력을 강화하기로 합의했다.",
        new DateOnly(2026, 3, 6),
        source: "뉴시스");

    public static Article EarlierKoreaNato() => StoreTestData.Article(
        "nato-earlier",
        "Korea and NATO review their partnership",
        "Korea and NATO reviewed their partnership programme at a meeting in Seoul.",
        new DateOnly(2025, 11, 20),
        source: "Yonhap",
        language: "en");
}
