using DiploAssistant.Core.Clusters;

namespace DiploAssistant.Core.Tests.Clusters;

public sealed class MinHashSignatureTests
{
    [Fact]
    public void Compute_GivesTheSameSignature_EveryTime_AndSurvivesStorage()
    {
        var first = WireCopyArticles.Signature(WireCopyArticles.Yonhap)!;
        var second = WireCopyArticles.Signature(WireCopyArticles.Yonhap)!;

        Assert.Equal(first.Values, second.Values);
        Assert.Equal(first.BandKeys(), second.BandKeys());
        Assert.Equal(first.Values, MinHashSignature.FromBytes(first.ToBytes()).Values);
        Assert.Equal(MinHashSignature.Length, first.Values.Count);
    }

    [Fact]
    public void Similarity_IsHigh_ForReprints_AndLow_ForAnotherStory()
    {
        var yonhap = WireCopyArticles.Signature(WireCopyArticles.Yonhap)!;

        Assert.True(yonhap.Similarity(WireCopyArticles.Signature(WireCopyArticles.Newsis)!) >= 0.7);
        Assert.True(yonhap.Similarity(WireCopyArticles.Signature(WireCopyArticles.Kbs)!) >= 0.7);
        Assert.True(yonhap.Similarity(WireCopyArticles.Signature(WireCopyArticles.Exports)!) < 0.1);
    }

    [Fact]
    public void Compute_IgnoresSpacingAndPunctuation()
    {
        var original = MinHashSignature.Compute("제목", WireCopyArticles.Story)!;
        var reflowed = MinHashSignature.Compute("제목", WireCopyArticles.Story.Replace(" ", "\n", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal))!;

        Assert.Equal(1.0, original.Similarity(reflowed));
    }

    [Fact]
    public void Compute_GivesNoSignature_ToATextTooShortToCompare()
    {
        Assert.Null(MinHashSignature.Compute("속보", "북한, 동해상으로 탄도미사일 발사"));
    }

    [Fact]
    public void FromBytes_Refuses_ASignatureOfAnotherLength()
    {
        Assert.Throws<DiploException>(() => MinHashSignature.FromBytes(new byte[12]));
    }
}
