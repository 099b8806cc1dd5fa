using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Tests.Ingestion;

public sealed class SentenceChunkerTests
{
    private static readonly string LongArticle = string.Join(
        "\n\n",
        Enumerable.Range(1, 40).Select(i => $"양국은 {i}번째 분야에서 협력을 강화하기로 합의했다. 외교부는 {i}차 회의 결과를 발표했다."));

    private static SentenceChunker Chunker(int characters = 900, int overlap = 150) =>
        new(new IngestionOptions { ChunkCharacters = characters, ChunkOverlapCharacters = overlap });

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n ")]
    public void Chunk_ReturnsNoChunks_ForEmptyText(string text)
    {
        Assert.Empty(Chunker().Chunk("doc", text));
    }

    [Fact]
    public void Chunk_KeepsShortTextInOneChunk()
    {
        var chunks = Chunker().Chunk("doc", "  조현 장관이 브뤼셀에서 칼라스 고위대표를 만났다. 양측은 협력을 논의했다.");

        var chunk = Assert.Single(chunks);
        Assert.Equal(new Chunk("doc/0", "doc", 0, "조현 장관이 브뤼셀에서 칼라스 고위대표를 만났다. 양측은 협력을 논의했다.", 2), chunk);
    }

    [Fact]
    public void Chunk_KeepsEveryChunkWithinTheTargetLength()
    {
        var chunks = Chunker(300, 80).Chunk("doc", LongArticle);

        Assert.True(chunks.Count > 5);
        Assert.All(chunks, c => Assert.InRange(c.Text.Length, 1, 300));
    }

    [Fact]
    public void Chunk_StartsAtTheChunkOffsetInTheText()
    {
        var chunks = Chunker(300, 80).Chunk("doc", LongArticle);

        Assert.All(chunks, c => Assert.Equal(c.Text, LongArticle.Substring(c.Start, c.Text.Length)));
    }

    [Fact]
    public void Chunk_NumbersChunksInOrderWithIdsFromMakeId()
    {
        var chunks = Chunker(300, 80).Chunk("doc-7", LongArticle);

        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Ordinal));
        Assert.All(chunks, c => Assert.Equal(Chunk.MakeId("doc-7", c.Ordinal), c.Id));
        Assert.All(chunks.Zip(chunks.Skip(1)), pair => Assert.True(pair.Second.Start > pair.First.Start));
    }

    [Fact]
    public void Chunk_OverlapsByWholeSentencesWithinTheOverlapLength()
    {
        var chunks = Chunker(300, 80).Chunk("doc", LongArticle);
        var sentenceStarts = SentenceSplitter.Split(LongArticle).Select(s => s.Start).ToHashSet();

        foreach (var (previous, next) in chunks.Zip(chunks.Skip(1)))
        {
            var previousEnd = previous.Start + previous.Text.Length;
            Assert.True(next.Start < previousEnd, "consecutive chunks share sentences");
            Assert.InRange(previousEnd - next.Start, 1, 80);
            Assert.Contains(next.Start, sentenceStarts);
        }
    }

    [Fact]
    public void Chunk_CoversEverySentenceOfTheText()
    {
        var chunks = Chunker(300, 80).Chunk("doc", LongArticle);

        foreach (var sentence in SentenceSplitter.Split(LongArticle))
        {
            Assert.Contains(chunks, c => c.Start <= sentence.Start && sentence.End <= c.Start + c.Text.Length);
        }
    }

    [Fact]
    public void Chunk_DoesNotOverlap_WhenOverlapIsZero()
    {
        var chunks = Chunker(300, 0).Chunk("doc", LongArticle);

        Assert.All(chunks.Zip(chunks.Skip(1)), pair => Assert.True(pair.Second.Start >= pair.First.Start + pair.First.Text.Length));
    }

    [Fact]
    public void Chunk_CutsAnOverlongSentenceAtWordBoundaries()
    {
        var words = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"word{i}"));
        var text = words + ".";

        var chunks = Chunker(200, 50).Chunk("doc", text);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(c.Text.Length, 1, 200));
        Assert.All(chunks, c => Assert.Matches(@"^word\d+\b", c.Text));
        Assert.All(chunks, c => Assert.Equal(c.Text, text.Substring(c.Start, c.Text.Length)));
        Assert.Equal(text, string.Join(' ', chunks.Select(c => c.Text)));
    }

    [Fact]
    public void Chunk_GivesTheSameChunks_ForTheSameText()
    {
        var first = Chunker(300, 80).Chunk("doc", LongArticle);
        var second = Chunker(300, 80).Chunk("doc", LongArticle);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Chunk_UsesDefaultOptionsOf900And150()
    {
        var chunks = Chunker().Chunk("doc", LongArticle);

        Assert.All(chunks, c => Assert.True(c.Text.Length <= 900));
        Assert.True(chunks.Max(c => c.Text.Length) > 700, "chunks are filled close to the target");
    }
}
