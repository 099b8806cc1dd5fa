using System.Text.Json;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Clusters;
using DiploAssistant.Core.Tests.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>Answers about a story three outlets carried, through the real retriever, extractive generator and SQLite store.</summary>
public sealed class AskServiceClusterTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private SqliteDocumentStore _store = null!;
    private AskService _service = null!;

    public async Task InitializeAsync()
    {
        var tokenizer = new KoreanTokenizer();
        _store = new SqliteDocumentStore(_directory.Path, tokenizer);
        await _store.EnsureEmbedderAsync(StoreTestData.Identity, CancellationToken.None);
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Newsis, WireCopyArticles.Kbs, WireCopyArticles.Yonhap, WireCopyArticles.Exports);
        _service = new AskService(new HybridRetriever(_store, new HashingEmbedder()), new ExtractiveAnswerGenerator(tokenizer), Options.Create(new AnsweringOptions()));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task AskAsync_CitesTheEarliestCopy_AndNamesTheOtherOutlets()
    {
        var answer = await _service.AskAsync(new AskRequest("조현 장관은 브뤼셀에서 누구와 회담했나?"), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal("yna-1", citation.DocumentId);
        Assert.Equal(["kbs-1", "newsis-1"], citation.AlsoReportedBy.Select(r => r.DocumentId));
        Assert.Equal("also reported by 2 outlets: KBS, 뉴시스", WireCopyNote.For(citation));
    }

    [Fact]
    public async Task AnswerJson_KeepsEveryCitationField_AndAddsAlsoReportedBy()
    {
        var answer = await _service.AskAsync(new AskRequest("조현 장관은 브뤼셀에서 누구와 회담했나?"), CancellationToken.None);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(answer));
        var citation = json.RootElement.GetProperty("citations")[0];

        Assert.Equal(
            ["n", "documentId", "title", "source", "url", "uri", "published", "quote", "score", "alsoReportedBy"],
            citation.EnumerateObject().Select(p => p.Name));
        var other = citation.GetProperty("alsoReportedBy")[0];
        Assert.Equal("kbs-1", other.GetProperty("documentId").GetString());
        Assert.Equal("KBS", other.GetProperty("source").GetString());
        Assert.Equal("2026-02-12", other.GetProperty("published").GetString());
    }

    [Fact]
    public async Task AskAsync_NamesNoOtherOutlets_ForAStoryOnlyOneCarried()
    {
        var answer = await _service.AskAsync(new AskRequest("1월 수출은 얼마나 늘었나?"), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.All(answer.Citations, c => Assert.Empty(c.AlsoReportedBy));
        Assert.All(answer.Citations, c => Assert.Null(WireCopyNote.For(c)));
    }
}
