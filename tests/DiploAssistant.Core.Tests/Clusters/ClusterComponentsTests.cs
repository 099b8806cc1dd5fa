using DiploAssistant.Core.Clusters;

namespace DiploAssistant.Core.Tests.Clusters;

public sealed class ClusterComponentsTests
{
    [Fact]
    public void Assign_GivesCopiesTheirEarliestMember_AndOtherStoriesTheirOwnCluster()
    {
        var members = new[]
        {
            WireCopyArticles.Member(WireCopyArticles.Kbs),
            WireCopyArticles.Member(WireCopyArticles.Newsis),
            WireCopyArticles.Member(WireCopyArticles.Yonhap),
            WireCopyArticles.Member(WireCopyArticles.Exports),
        };

        var clusters = ClusterComponents.Assign(members);

        Assert.Equal("yna-1", clusters["kbs-1"]);
        Assert.Equal("yna-1", clusters["newsis-1"]);
        Assert.Equal("yna-1", clusters["yna-1"]);
        Assert.Equal("exports-1", clusters["exports-1"]);
    }

    [Fact]
    public void Assign_HandsTheClusterToTheNextEarliest_WhenTheRepresentativeIsGone()
    {
        var clusters = ClusterComponents.Assign([WireCopyArticles.Member(WireCopyArticles.Kbs), WireCopyArticles.Member(WireCopyArticles.Newsis)]);

        // Both are dated 2026-02-12: the smaller id leads.
        Assert.Equal("kbs-1", clusters["newsis-1"]);
        Assert.Equal("kbs-1", clusters["kbs-1"]);
    }

    [Fact]
    public void Representative_IsTheEarliestPublished_WithUndatedDocumentsLast()
    {
        var dated = WireCopyArticles.Member(WireCopyArticles.Newsis);
        var undated = dated with { DocumentId = "aaa", Published = null };

        Assert.Equal("newsis-1", ClusterRepresentative.Of([undated, dated]).DocumentId);
    }
}
