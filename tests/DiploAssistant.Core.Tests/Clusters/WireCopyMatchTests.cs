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
}
