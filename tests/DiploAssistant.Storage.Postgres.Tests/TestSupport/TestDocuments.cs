using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>Three documents that differ in every filterable way: date, source, language.</summary>
internal static class TestDocuments
{
    /// <summary>Korean, 뉴시스, 2026-02-11; mentions 조현 only inflected (조현이).</summary>
    public static TestDocument Brussels { get; } = new(
        new DocumentInfo("brussels", "외교장관 브뤼셀 방문", "뉴시스", "https://example.com/brussels", "data/brussels.txt", new DateOnly(2026, 2, 11), "ko"),
        "hash-brussels-1",
        ["조현이 11일 브뤼셀에서 칼라스 고위대표와 만나 cooperation 강화를 논의했다.", "양측은 안보와 무역 분야 협력을 이어가기로 했다."],
        [TestVectors.Unit(1, 0, 0, 0), TestVectors.Unit(1, 1, 0, 0)]);

    /// <summary>English, The Korea Herald, 2025-06-26.</summary>
    public static TestDocument Tokyo { get; } = new(
        new DocumentInfo("tokyo", "Foreign minister visits Tokyo", "The Korea Herald", null, "data/tokyo.txt", new DateOnly(2025, 6, 26), "en"),
        "hash-tokyo-1",
        ["The foreign minister met his Japanese counterpart in Tokyo to discuss cooperation on supply chains."],
        [TestVectors.Unit(0, 1, 0, 0)]);

    /// <summary>Korean, no source, no date.</summary>
    public static TestDocument Panmunjom { get; } = new(
        new DocumentInfo("panmunjom", "통일부 장관 판문점 방문", null, null, "data/panmunjom.txt", null, "ko"),
        "hash-panmunjom-1",
        ["통일부 장관이 판문점을 찾아 남북 cooperation 재개를 촉구했다."],
        [TestVectors.Unit(0, 0, 1, 0)]);

    public static IReadOnlyList<TestDocument> All { get; } = [Brussels, Tokyo, Panmunjom];
}
