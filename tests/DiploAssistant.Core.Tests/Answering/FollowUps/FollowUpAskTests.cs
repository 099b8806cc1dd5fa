using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.FollowUps;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.TestSupport;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Answering.FollowUps;

/// <summary>Follow-ups answered offline end to end (SQLite store, hybrid retrieval, extractive answers), on articles written for these tests.</summary>
public sealed class FollowUpAskTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-followup-" + Guid.NewGuid().ToString("N"));
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 2, 11, 9, 0, 0, TimeSpan.Zero));
    private SqliteDocumentStore _store = null!;
    private AskService _service = null!;

    public async Task InitializeAsync()
    {
        var tokenizer = new KoreanTokenizer();
        _store = new SqliteDocumentStore(_directory, tokenizer);
        var embedder = new HashingEmbedder();
        await _store.EnsureEmbedderAsync(embedder.Identity, CancellationToken.None);
        await StoreAsync(embedder, "oslo-fisheries", "한·노르웨이 수산 협력 회의 오슬로서 개최",
            "한국과 노르웨이는 10일 오슬로에서 수산 협력 회의를 열었다. 이 회의에서 양국은 북극 항로 공동 연구에 합의했다. 양측은 연구선 공동 운항도 검토하기로 했다.");
        await StoreAsync(embedder, "lima-trade", "한·페루 통상 회의 리마서 열려",
            "한국과 페루는 9일 리마에서 통상 회의를 열었다. 이 회의에서 양국은 광물 공급망 협력에 합의했다. 회의 후 양측은 공동 보도문을 발표했다.");
        await StoreAsync(embedder, "cairo-fisheries", "한·이집트 수산 회의 카이로서 개최",
            "한국과 이집트는 8일 카이로에서 수산 협력 회의를 열었다. 이 회의에서 양국은 홍해 어업 자원 조사에 합의했다.");
        var conversations = new InMemoryConversationStore(Options.Create(new ConversationHistoryOptions()), _time);
        _service = new AskService(
            new HybridRetriever(_store, embedder),
            new ExtractiveAnswerGenerator(tokenizer),
            Options.Create(new AnsweringOptions()),
            new QuestionRewriter(NullLogger<QuestionRewriter>.Instance),
            conversations,
            _time);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AskAsync_AnswersAFollowUp_FromThePreviousAnswersArticle()
    {
        var first = await _service.AskAsync(new AskRequest("한국과 노르웨이의 수산 협력 회의는 어디서 열렸나?", ConversationId: "c"), CancellationToken.None);
        var followUp = await _service.AskAsync(new AskRequest("그 회의에서 무엇에 합의했나?", ConversationId: "c"), CancellationToken.None);
        var alone = await _service.AskAsync(new AskRequest("그 회의에서 무엇에 합의했나?", ConversationId: "other"), CancellationToken.None);

        Assert.Equal("oslo-fisheries", Assert.Single(first.Citations).DocumentId);
        Assert.True(followUp.Answered, followUp.NoAnswerReason);
        Assert.Equal("oslo-fisheries", Assert.Single(followUp.Citations).DocumentId);
        Assert.Contains("북극 항로", followUp.Text, StringComparison.Ordinal);
        Assert.NotEqual(["oslo-fisheries"], alone.Citations.Select(c => c.DocumentId)); // without the history it is not read that way
        AnswerContract.AssertHolds(followUp);
    }

    [Fact]
    public async Task AskAsync_FindsTheNewSubject_OfAFollowUpThePreviousArticleDoesNotMention()
    {
        await _service.AskAsync(new AskRequest("한국과 노르웨이의 수산 협력 회의는 어디서 열렸나?", ConversationId: "c"), CancellationToken.None);

        var followUp = await _service.AskAsync(new AskRequest("이집트는?", ConversationId: "c"), CancellationToken.None);

        Assert.True(followUp.Answered, followUp.NoAnswerReason);
        Assert.Equal("cairo-fisheries", Assert.Single(followUp.Citations).DocumentId);
        Assert.Contains("카이로", followUp.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_AnswersAnEnglishFollowUp_InEnglish_FromTheKoreanArticle()
    {
        await _service.AskAsync(new AskRequest("한국과 노르웨이의 수산 협력 회의는 어디서 열렸나?", ConversationId: "c"), CancellationToken.None);

        var followUp = await _service.AskAsync(new AskRequest("What did they agree on?", ConversationId: "c"), CancellationToken.None);

        Assert.True(followUp.Answered, followUp.NoAnswerReason);
        Assert.Equal("oslo-fisheries", Assert.Single(followUp.Citations).DocumentId);
        Assert.StartsWith("According to 테스트통신, 11 Feb 2026 [1]: ", followUp.Text, StringComparison.Ordinal);
    }

    private async Task StoreAsync(HashingEmbedder embedder, string id, string title, string text)
    {
        var document = new DocumentInfo(id, title, "테스트통신", null, $"test://{id}", new DateOnly(2026, 2, 11), "ko");
        var chunk = new Chunk(Chunk.MakeId(id, 0), id, 0, text, 0);
        await _store.UpsertAsync(new Article(document, text), id + "-hash", [chunk], [embedder.Embed($"{title}\n{text}")], CancellationToken.None);
    }
}
