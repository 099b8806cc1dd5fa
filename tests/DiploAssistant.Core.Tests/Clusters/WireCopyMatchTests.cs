using DiploAssistant.Core.Clusters;

namespace DiploAssistant.Core.Tests.Clusters;

public sealed class WireCopyMatchTests
{
    [Fact]
    public void AreCopies_IsTrue_ForALightlyEditedReprintUnderARewrittenHeadline()
    {
        Assert.True(WireCopyMatch.AreCopies(WireCopyArticles.Member(WireCopyArticles.Yonhap), WireCopyArticles.Member(WireCopyArticles.Newsis)));
        Assert.True(WireCopyMatch.AreCopies(WireCopyArticles.Member(WireCopyArticles.Yonhap), WireCopyArticles.Member(WireCopyArticles.Kbs)));
    }

    [Fact]
    public void AreCopies_IsFalse_ForAdvertorialsSharingTheirStockParagraphUnderDifferentHeadlines()
    {
        var chicken = WireCopyArticles.Member(WireCopyArticles.ChickenAd);
        var ginseng = WireCopyArticles.Member(WireCopyArticles.GinsengAd);

        Assert.True(chicken.Signature!.Similarity(ginseng.Signature!) >= WireCopyMatch.MinimumSimilarity);
        Assert.False(WireCopyMatch.AreCopies(chicken, ginseng));
    }

    [Fact]
    public void AreCopies_IsFalse_ForAnotherStory_OrWithoutASignature()
    {
        var yonhap = WireCopyArticles.Member(WireCopyArticles.Yonhap);

        Assert.False(WireCopyMatch.AreCopies(yonhap, WireCopyArticles.Member(WireCopyArticles.Exports)));
        Assert.False(WireCopyMatch.AreCopies(yonhap, yonhap with { DocumentId = "unsigned", Signature = null }));
    }

    [Fact]
    public void AreCopies_IsFalse_ForTheSameBulletinOnAnotherDay()
    {
        var monday = Member("weather-21", "[북한날씨] 대체로 흐리고 곳에 따라 비", "(서울=연합뉴스) 하채림 기자 = 북한은 21일 전 지역이 대체로 흐리고 곳에 따라 비가 내리겠다고 기상청이 예보했다.");
        var tuesday = Member("weather-22", "[북한날씨] 대체로 흐리고 곳에 따라 비", "(서울=연합뉴스) 하채림 기자 = 북한은 22일 전 지역이 대체로 흐리고 곳에 따라 비가 내리겠다고 기상청이 예보했다.");

        Assert.False(WireCopyMatch.AreCopies(monday, tuesday));
    }

    [Fact]
    public void AreCopies_IsFalse_ForAShortTemplateAboutAnotherCountry_ButTrue_ForAnUpdateOfTheSameShortStory()
    {
        var kazakh = Member("kz", "Kazakh president arrives in Tianjin for SCO summit 2025", "Kazakh president arrives in Tianjin for SCO summit 2025");
        var belarus = Member("by", "Belarusian president arrives in Tianjin for SCO summit 2025", "Belarusian president arrives in Tianjin for SCO summit 2025");
        const string Lede = "(서울=연합뉴스) 박수윤 기자 = 북한 문화성 대표단이 러시아를 방문하기 위해 평양에서 출발했다고 조선중앙통신이 6일 보도했다.";
        var first = Member("culture", "북한 문화상, 국제문화연단 참석차 러시아 방문", Lede);
        var update = Member("culture-update", "북한 문화상, 국제문화연단 참석차 러시아 방문(종합)", Lede);

        Assert.False(WireCopyMatch.AreCopies(kazakh, belarus));
        Assert.True(WireCopyMatch.AreCopies(first, update));
    }

    [Fact]
    public void NumbersAgree_AllowsAnAddedDate_ButNotAnotherRate()
    {
        Assert.True(WireCopyMatch.NumbersAgree([11, 6], [11, 12, 6]));
        Assert.False(WireCopyMatch.NumbersAgree([79, 13, 6], [80, 5, 31]));
    }

    [Fact]
    public void AreCopies_IsFalse_ForTwoStoriesOfOneOutletsTemplate_WhoseTitlesShareOnlyTheOutlet()
    {
        const string template = "Sign up for our daily newsletter and get the best of the magazine in your inbox every morning. "
            + "Subscribe today and save on your first six issues, delivered to your door with free digital access. "
            + "Most read stories this week, chosen by our editors from the day's papers and the world's press. "
            + "Follow us on social media for the latest news, puzzles, podcasts and the weekly quiz of the week. "
            + "Our award-winning team explains the issues behind the headlines, from politics to science and culture. ";
        var kanye = Member("week-1", "Kanye West's White Lives Matter controversy | The Week UK", template + "The rapper faces a backlash.");
        var ruto = Member("week-2", "What President Ruto's win means for Kenya | The Week UK", template + "Ruto won the election.");

        Assert.True(kanye.Signature!.Similarity(ruto.Signature!) >= WireCopyMatch.MinimumSimilarity);
        Assert.False(WireCopyMatch.AreCopies(kanye, ruto));
    }

    [Fact]
    public void AreCopies_IsFalse_ForTheSameTextMonthsApart()
    {
        var yonhap = WireCopyArticles.Member(WireCopyArticles.Yonhap);
        var dated = yonhap with { Published = new DateOnly(2025, 6, 1) };
        var later = yonhap with { DocumentId = "later", Published = new DateOnly(2025, 9, 1) };

        Assert.True(WireCopyMatch.AreCopies(dated, dated with { DocumentId = "same-week", Published = new DateOnly(2025, 6, 3) }));
        Assert.False(WireCopyMatch.AreCopies(dated, later));
    }

    private static ClusterMember Member(string id, string title, string text) =>
        new(id, id, title, null, MinHashSignature.Compute(title, text));
}
