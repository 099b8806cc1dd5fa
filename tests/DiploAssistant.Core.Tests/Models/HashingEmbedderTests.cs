using System.Numerics.Tensors;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Tests.Models;

public sealed class HashingEmbedderTests
{
    private readonly HashingEmbedder _embedder = new();

    [Fact]
    public async Task GenerateAsync_IsDeterministic_AndNormalised()
    {
        var first = await _embedder.GenerateAsync(["조현 외교부 장관이 브뤼셀에서 칼라스 고위대표와 만났다."]);
        var second = await new HashingEmbedder().GenerateAsync(["조현 외교부 장관이 브뤼셀에서 칼라스 고위대표와 만났다."]);

        Assert.Equal(first[0].Vector.ToArray(), second[0].Vector.ToArray());
        Assert.Equal(512, first[0].Vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(first[0].Vector.Span), 4);
    }

    [Fact]
    public void RelatedTexts_AreCloserThanUnrelatedOnes()
    {
        var query = _embedder.Embed("조현 장관 칼라스 회담");
        var related = _embedder.Embed("조현 외교부 장관이 칼라스 고위대표와 회담했다.");
        var unrelated = _embedder.Embed("오늘 서울의 날씨는 맑고 기온이 높겠다.");

        Assert.True(TensorPrimitives.Dot(query, related) > TensorPrimitives.Dot(query, unrelated) + 0.1f);
    }

    [Fact]
    public void EmptyText_GivesAZeroVector()
    {
        Assert.All(_embedder.Embed(""), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Identity_IsExposedAsPropertyAndThroughGetService()
    {
        Assert.Equal(new EmbedderIdentity("hashing-ngrams-v1", 512), _embedder.Identity);
        Assert.Equal(_embedder.Identity, _embedder.GetService(typeof(EmbedderIdentity)));
        var metadata = Assert.IsType<EmbeddingGeneratorMetadata>(_embedder.GetService(typeof(EmbeddingGeneratorMetadata)));
        Assert.Equal("hashing-ngrams-v1", metadata.DefaultModelId);
        Assert.Equal(512, metadata.DefaultModelDimensions);
    }
}
