using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.FollowUps;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Answering.Orchestration;
using DiploAssistant.Core.Tests.Models;
using DiploAssistant.Core.Tests.TestSupport;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>Follow-ups through the real hybrid retriever and SQLite store, with a few hand-made articles.</summary>
public sealed class AskServiceTests : IAsyncLifetime
{
    private const string FirstQuestion = "한미 2+2 장관회의는 어디서 열렸나?";
    private const string FollowUp = "그 회의에서 무엇에 합의했나?";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-ask-" + Guid.NewGuid().ToString("N"));
    private readonly RecordingGenerator _generator = new();
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 2, 11, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryConversationStore _conversations;
    private SqliteDocumentStore _store = null!;
    private HybridRetriever _retriever = null!;

    public AskServiceTests()
    {
        _conversations = new InMemoryConversationStore(Options.Create(new ConversationHistoryOptions()), _time);
    }

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory, new KoreanTokenizer());
        var embedder = new HashingEmbedder();
        await _store.EnsureEmbedderAsync(embedder.Identity, CancellationToken.None);
        await StoreAsync(embedder, "two-plus-two", "한미 2+2 장관회의 워싱턴서 개최",
            "한미 외교·국방 2+2 장관회의가 11일 워싱턴에서 열렸다. 양국 장관들은 확장억제 강화와 공급망 협력에 합의했다.");
        await StoreAsync(embedder, "japan-meeting", "한일 외교장관 회의, 셔틀외교 합의",
            "한일 외교장관 회의가 도쿄에서 열렸다. 이 회의에서 양국은 셔틀외교 재개에 합의했다. 회의 후 두 장관은 합의 내용을 발표했다.");
        await StoreAsync(embedder, "eu-dialogue", "한·EU 전략대화 브뤼셀서 열려",
            "조현 외교부 장관은 브뤼셀에서 카야 칼라스 고위대표와 전략대화를 가졌다.");
        _retriever = new HybridRetriever(_store, embedder);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AskAsync_RetrievesTheArticleTheConversationIsAbout_OnlyThanksToHistory()
    {
        var withoutHistory = await Service().AskAsync(new AskRequest(FollowUp), CancellationToken.None);
        var withoutHistoryTop = _generator.Evidence[0].Document.Id;

        var service = Service();
        await service.AskAsync(new AskRequest(FirstQuestion, ConversationId: "c1"), CancellationToken.None);
        var answer = await service.AskAsync(new AskRequest(FollowUp, ConversationId: "c1"), CancellationToken.None);

        Assert.Equal("japan-meeting", withoutHistoryTop);
        Assert.Equal("two-plus-two", _generator.Evidence[0].Document.Id);
        Assert.Contains("한미", _generator.Question, StringComparison.Ordinal);
        Assert.Equal(FollowUp, answer.Question);
        Assert.Equal(FollowUp, withoutHistory.Question);
    }

    [Fact]
    public async Task AskAsync_TreatsAFollowUpAsNew_InAnotherConversation()
    {
        var service = Service();
        await service.AskAsync(new AskRequest(FirstQuestion, ConversationId: "c1"), CancellationToken.None);

        await service.AskAsync(new AskRequest(FollowUp, ConversationId: "c2"), CancellationToken.None);

        Assert.Equal(FollowUp, _generator.Question);
    }

    [Fact]
    public async Task AskAsync_SendsTheModelRewrittenQuestion_InTheAnswerPrompt()
    {
        const string rewritten = "한미 2+2 장관회의에서 무엇에 합의했나?";
        await using var server = new FakeOpenAIServer()
            .Chat("워싱턴에서 열렸다 [1].")
            .Chat(rewritten)
            .Chat("양국은 확장억제 강화에 합의했다 [1].");
        using var chat = TestModels.Chat(TestModels.ChatOptions(server));
        var service = new AskService(
            _retriever,
            ModelPrompts.Orchestrator(chat),
            Options.Create(new AnsweringOptions()),
            new QuestionRewriter(NullLogger<QuestionRewriter>.Instance, ModelPrompts.Rewriter(chat)),
            new InMemoryConversationStore(Options.Create(new ConversationHistoryOptions()), _time),
            _time);

        await service.AskAsync(new AskRequest(FirstQuestion, ConversationId: "c"), CancellationToken.None);
        var answer = await service.AskAsync(new AskRequest(FollowUp, ConversationId: "c"), CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.EndsWith($"Follow-up question: {FollowUp}", server.Requests[1].Messages()[^1].Content, StringComparison.Ordinal);
        var answerPrompt = server.Requests[2].Messages()[^1].Content;
        Assert.EndsWith($"Question: {rewritten}", answerPrompt, StringComparison.Ordinal);
        Assert.Contains("<source n=\"1\" title=\"한미 2+2 장관회의 워싱턴서 개최\"", answerPrompt, StringComparison.Ordinal);
        Assert.Equal("양국은 확장억제 강화에 합의했다 [1].", answer.Text);
        Assert.Equal("two-plus-two", Assert.Single(answer.Citations).DocumentId);
        Assert.Equal(FollowUp, answer.Question);
    }

    [Fact]
    public async Task AskStreamingAsync_EndsWithTheFinalAnswer_WhenTheGeneratorDoesNotStream()
    {
        var updates = new List<AnswerStreamUpdate>();
        await foreach (var update in Service().AskStreamingAsync(new AskRequest(FirstQuestion), CancellationToken.None))
        {
            updates.Add(update);
        }

        Assert.True(Assert.Single(updates).IsFinal);
    }

    [Fact]
    public async Task AQuestionAboutThisWeek_ReadsOnlyTheWeekBeforeItsAsOfDate()
    {
        var later = new SearchFilters(AsOf: new DateOnly(2026, 3, 1));

        await Service().AskAsync(new AskRequest(FirstQuestion, later), CancellationToken.None);
        var anyTime = _generator.Evidence;
        await Service().AskAsync(new AskRequest("이번 주 " + FirstQuestion, later), CancellationToken.None);
        var thatWeek = _generator.Evidence;
        await Service().AskAsync(new AskRequest("이번 주 " + FirstQuestion, new SearchFilters(AsOf: new DateOnly(2026, 2, 15))), CancellationToken.None);

        Assert.Equal("two-plus-two", anyTime[0].Document.Id);
        Assert.Empty(thatWeek); // every article is from 11 February, more than a week before 1 March
        Assert.Equal("two-plus-two", _generator.Evidence[0].Document.Id);
    }

    private AskService Service() => new(
        _retriever,
        _generator,
        Options.Create(new AnsweringOptions { EvidenceChunks = 3 }),
        new QuestionRewriter(NullLogger<QuestionRewriter>.Instance),
        _conversations,
        _time);

    private async Task StoreAsync(HashingEmbedder embedder, string id, string title, string text)
    {
        var document = new DocumentInfo(id, title, "테스트통신", null, $"test://{id}", new DateOnly(2026, 2, 11), "ko");
        var chunk = new Chunk(Chunk.MakeId(id, 0), id, 0, text, 0);
        await _store.UpsertAsync(new Article(document, text), id + "-hash", [chunk], [embedder.Embed($"{title}\n{text}")], CancellationToken.None);
    }

    /// <summary>Records what it was asked and answers nothing.</summary>
    private sealed class RecordingGenerator : IAnswerGenerator
    {
        public string Question { get; private set; } = "";

        public IReadOnlyList<RetrievedChunk> Evidence { get; private set; } = [];

        public Task<Answer> GenerateAsync(string question, IReadOnlyList<RetrievedChunk> evidence, CancellationToken cancellationToken)
        {
            Question = question;
            Evidence = evidence;
            return Task.FromResult(Answer.NotAnswered(question, "recorded", "recorded"));
        }
    }
}
