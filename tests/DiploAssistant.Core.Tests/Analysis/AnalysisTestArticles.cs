using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Tests.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Analysis;

/// <summary>Small articles written for these tests: Korea–Canada defence talks reported twice, and a Canadian minister in both languages.</summary>
internal static class AnalysisTestArticles
{
    public static Article OttawaTalks() => StoreTestData.Article(
        "ottawa",
        "한·캐나다 국방장관 회담",
        "한국과 캐나다 국방장관이 10일 오타와에서 회담을 열고 잠수함 협력 방안을 논의했다.\n\n"
        + "박민호 국방부 장관은 지난달 27일 캐나다 해군 기지를 찾아 한국 잠수함 기술을 소개했다.",
        new DateOnly(2026, 3, 12),
        source: "연합뉴스");

    public static Article OttawaTalksReprinted() => StoreTestData.Article(
        "ottawa-copy",
        "한국·캐나다, 잠수함 협력 논의",
        "한국과 캐나다 국방장관이 10일(현지시간) 오타와에서 회담을 갖고 잠수함 협력 방안을 논의했다.",
        new DateOnly(2026, 3, 11),
        source: "뉴스1");

    public static Article SeoulDialogue() => StoreTestData.Article(
        "seoul-dialogue",
        "한국·캐나다 경제안보 대화",
        "한국과 캐나다는 지난 2일 서울에서 첫 경제안보 대화를 열고 핵심광물 공급망 협력에 합의했다.",
        new DateOnly(2026, 1, 5),
        source: "뉴시스");

    public static Article JapanCanada() => StoreTestData.Article(
        "japan-canada",
        "일본·캐나다 외교장관 통화",
        "일본과 캐나다 외교장관은 8일 전화 통화를 하고 인도태평양 협력을 논의했다.",
        new DateOnly(2026, 3, 9),
        source: "뉴시스");

    public static Article MarshInEnglish() => StoreTestData.Article(
        "marsh-en",
        "Canada and South Korea talk submarines",
        "Canadian Defence Minister Elena Marsh met her South Korean counterpart in Ottawa on Tuesday to discuss submarine purchases.",
        new DateOnly(2026, 4, 2),
        source: "Maple Wire",
        language: "en");

    public static Article MarshInKorean() => StoreTestData.Article(
        "marsh-ko",
        "마시 장관 방한",
        "엘레나 마시(Elena Marsh) 캐나다 국방장관은 2일 서울에서 기자회견을 열고 잠수함 도입 계획을 설명했다.",
        new DateOnly(2026, 4, 3),
        source: "연합뉴스");
}
