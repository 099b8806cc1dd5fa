using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Clusters;

/// <summary>
/// One story as three outlets carried it (Yonhap's copy first, then a lightly edited reprint and a reprint with a new lead),
/// an unrelated story, and two advertorials that share their stock paragraph under different headlines.
/// </summary>
internal static class WireCopyArticles
{
    public const string Story =
        "조현 외교부 장관은 11일(현지시각) 벨기에 브뤼셀에서 카야 칼라스 유럽연합(EU) 외교안보 고위대표와 회담하고 " +
        "한-EU 안보·국방 협력 강화 방안을 논의했다고 외교부가 밝혔다. 양측은 북한의 핵·미사일 위협과 우크라이나 정세에 대해서도 " +
        "의견을 교환했으며, 오는 6월 서울에서 열리는 한-EU 전략대화에서 후속 협의를 이어가기로 했다.";

    public const string AdParagraph =
        "조선몰은 국내 제조·유통기업의 판로를 돕고, 독자 혜택을 위해 정산·교환·반품·AS 걱정이 없는 우수 제품을 단독 최저가로 " +
        "소개합니다. 본 기사는 광고성 내용을 담고 있습니다.";

    public static Article Yonhap { get; } = StoreTestData.Article(
        "yna-1", "조현 외교장관, 브뤼셀서 칼라스 EU 고위대표와 회담", Story, new DateOnly(2026, 2, 11), "연합뉴스");

    public static Article Newsis { get; } = StoreTestData.Article(
        "newsis-1", "조현 장관, 브뤼셀에서 칼라스 EU 고위대표와 회담",
        Story.Replace("11일(현지시각)", "11일", StringComparison.Ordinal).Replace("외교부가 밝혔다", "외교부가 12일 밝혔다", StringComparison.Ordinal),
        new DateOnly(2026, 2, 12), "뉴시스");

    public static Article Kbs { get; } = StoreTestData.Article(
        "kbs-1", "조현 외교장관, 칼라스 EU 고위대표와 브뤼셀 회담",
        "[브뤼셀=KBS] " + Story, new DateOnly(2026, 2, 12), "KBS");

    public static Article Exports { get; } = StoreTestData.Article(
        "exports-1", "1월 수출 반도체 호조에 두 자릿수 증가",
        "산업통상자원부는 1월 수출이 지난해 같은 달보다 10.2% 늘어난 612억 달러를 기록했다고 1일 밝혔다. 반도체 수출이 " +
        "역대 1월 최대를 기록하며 증가세를 이끌었고, 자동차와 선박 수출도 늘었다.",
        new DateOnly(2026, 2, 1), "연합뉴스");

    public static Article ChickenAd { get; } = StoreTestData.Article(
        "ad-chicken", "치킨 1등 BBQ가 작정하고 만든 가정용 순살 치킨", AdParagraph, new DateOnly(2024, 10, 30), "chosun");

    public static Article GinsengAd { get; } = StoreTestData.Article(
        "ad-ginseng", "100년 전통 홍삼 명가가 내놓은 하루 한 포 홍삼정", AdParagraph, new DateOnly(2024, 11, 2), "chosun");

    public static MinHashSignature? Signature(Article article) => MinHashSignature.Compute(article.Document.Title, article.Text);

    public static ClusterMember Member(Article article) =>
        new(article.Document.Id, article.Document.Id, article.Document.Title, article.Document.Published, Signature(article));

    /// <summary>Stores the articles as ingestion does, each with its signature.</summary>
    public static async Task StoreAsync(IDocumentStore store, params Article[] articles)
    {
        foreach (var article in articles)
        {
            await store.UpsertManyAsync([ToUpsert(article)], CancellationToken.None);
        }
    }

    /// <summary>Stores the articles in one batch (one transaction), each with its signature.</summary>
    public static Task<IReadOnlyList<UpsertOutcome>> StoreBatchAsync(IDocumentStore store, params Article[] articles) =>
        store.UpsertManyAsync([.. articles.Select(ToUpsert)], CancellationToken.None);

    public static DocumentUpsert ToUpsert(Article article)
    {
        var chunks = StoreTestData.Chunks(article);
        return new DocumentUpsert(article, StoreTestData.Hash(article.Document.Title + article.Text), chunks, StoreTestData.Embeddings(chunks))
        {
            Signature = Signature(article),
        };
    }

    public static Article Renamed(Article article, string id, DateOnly? published = null) =>
        article with { Document = article.Document with { Id = id, Published = published ?? article.Document.Published } };
}
