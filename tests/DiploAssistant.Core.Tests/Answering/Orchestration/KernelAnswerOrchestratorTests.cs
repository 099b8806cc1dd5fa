using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.Orchestration;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Tests.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiploAssistant.Core.Tests.Answering.Orchestration;

public sealed class KernelAnswerOrchestratorTests
{
    private const string Question = "조현 장관은 브뤼셀에서 누구와 만났나?";

    private static readonly IReadOnlyList<RetrievedChunk> TwoArticles =
        Evidence.Of((SampleArticles.EuStrategicDialogue, 0), (SampleArticles.RelatedDefenseMinisters, 0));

    [Fact]
    public async Task GenerateAsync_PromptsWithNumberedFencedSourcesAndTheQuestion_InTheQuestionsLanguage()
    {
        var chat = new FakeChatClient("조현 장관은 칼라스 고위대표와 만났다 [1].");

        await Generator(chat).GenerateAsync(Question, TwoArticles, CancellationToken.None);

        var prompt = Assert.Single(chat.Prompts);
        Assert.Equal([ChatRole.System, ChatRole.User], prompt.Select(m => m.Role));
        Assert.Contains("Write the answer in Korean", prompt[0].Text, StringComparison.Ordinal);
        Assert.Contains("NO_ANSWER", prompt[0].Text, StringComparison.Ordinal);
        var user = prompt[1].Text;
        Assert.Contains("<source n=\"1\" title=\"한국·EU 고위 외교관들, 안보·무역 협력 논의\">\n한국 외교부 장관 조현이", user, StringComparison.Ordinal);
        Assert.Contains("<source n=\"2\" title=\"한국 일본 국방장관, 말레이시아서 3국 안보 협력 재확인\">", user, StringComparison.Ordinal);
        Assert.EndsWith($"Question: {Question}", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_AsksForEnglish_WhenTheQuestionIsEnglish()
    {
        var chat = new FakeChatClient("Cho Hyun met Kaja Kallas [1].");

        await Generator(chat).GenerateAsync("Who did Cho Hyun meet in Brussels?", TwoArticles, CancellationToken.None);

        Assert.Contains("Write the answer in English", chat.Prompts[0][0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_RemovesInvalidMarkers_RenumbersAndDropsUnusedSources()
    {
        var chat = new FakeChatClient("조현 장관은 카야 칼라스와 만났다 [2][7]. 양측은 협력을 강화하기로 했다 [2].");
        var evidence = Evidence.Of((SampleArticles.RelatedDefenseMinisters, 0), (SampleArticles.EuStrategicDialogue, 0));

        var answer = await Generator(chat).GenerateAsync(Question, evidence, CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal("조현 장관은 카야 칼라스와 만났다 [1]. 양측은 협력을 강화하기로 했다 [1].", answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal((1, SampleArticles.EuStrategicDialogue.Document.Id), (citation.N, citation.DocumentId));
        Assert.Contains("카야 칼라스", citation.Quote, StringComparison.Ordinal);
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_GivesTheExtractiveAnswer_WhenTheModelCitesNothingValid()
    {
        var chat = new FakeChatClient("조현 장관은 칼라스와 만났다 [9].");

        var answer = await Generator(chat).GenerateAsync(Question, TwoArticles, CancellationToken.None);
        var extractive = await Extractive().GenerateAsync(Question, TwoArticles, CancellationToken.None);

        Assert.Equal(extractive.Text, answer.Text);
        Assert.Equal(extractive.Citations, answer.Citations);
    }

    [Fact]
    public async Task GenerateAsync_SaysTheArticlesDoNotAnswer_WhenTheModelRepliesNoAnswer()
    {
        var chat = new FakeChatClient("NO_ANSWER");

        var answer = await Generator(chat).GenerateAsync("조현 장관의 생일은 언제인가?", TwoArticles, CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Equal(NoAnswerMessages.NotFoundKorean, answer.Text);
        Assert.NotNull(answer.NoAnswerReason);
    }

    [Fact]
    public async Task GenerateAsync_GivesTheExtractiveAnswerMarkedOffline_WhenTheModelIsUnreachable()
    {
        var chat = new FakeChatClient("unused") { Unavailable = true };

        var answer = await Generator(chat).GenerateAsync(Question, TwoArticles, CancellationToken.None);
        var extractive = await Extractive().GenerateAsync(Question, TwoArticles, CancellationToken.None);

        Assert.Equal($"{extractive.Text}\n\n{OfflineAnswerNote.Korean}", answer.Text);
        Assert.Equal(extractive.Citations, answer.Citations);
        Assert.Equal(extractive.Answered, answer.Answered);
        Assert.Null(answer.NoAnswerReason);
    }

    [Fact]
    public async Task GenerateAsync_DoesNotCallTheModel_WhenNothingWasRetrieved()
    {
        var chat = new FakeChatClient("anything [1]");

        var answer = await Generator(chat).GenerateAsync(Question, [], CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(chat.Prompts);
    }

    [Fact]
    public async Task StreamAsync_YieldsDeltasThenTheValidatedAnswer()
    {
        var chat = new FakeChatClient("조현 장관은 칼라스와 만났다 [1][5].");

        var updates = await Collect(Generator(chat).StreamAsync(Question, TwoArticles, CancellationToken.None));

        Assert.Equal("조현 장관은 칼라스와 만났다 [1][5].", string.Concat(updates.Where(u => !u.IsFinal).Select(u => u.Delta)));
        var final = Assert.Single(updates, u => u.IsFinal);
        Assert.Same(final, updates[^1]);
        Assert.Equal("조현 장관은 칼라스와 만났다 [1].", final.Answer!.Text);
        AnswerContract.AssertHolds(final.Answer);
    }

    [Fact]
    public async Task StreamAsync_NeverShowsTheNoAnswerMarker()
    {
        var chat = new FakeChatClient("NO_ANSWER");

        var updates = await Collect(Generator(chat).StreamAsync(Question, TwoArticles, CancellationToken.None));

        var final = Assert.Single(updates);
        Assert.False(final.Answer!.Answered);
    }

    [Fact]
    public async Task StreamAsync_EndsWithTheOfflineAnswer_WhenTheModelIsUnreachable()
    {
        var chat = new FakeChatClient("unused") { Unavailable = true };

        var updates = await Collect(Generator(chat).StreamAsync("Who did Cho Hyun meet in Brussels?", TwoArticles, CancellationToken.None));

        Assert.EndsWith(OfflineAnswerNote.English, Assert.Single(updates).Answer!.Text, StringComparison.Ordinal);
    }

    internal static KernelAnswerOrchestrator Generator(IChatClient chat) => ModelPrompts.Orchestrator(chat);

    private static ExtractiveAnswerGenerator Extractive() => new(new FakeKoreanTokenizer());

    private static async Task<List<AnswerStreamUpdate>> Collect(IAsyncEnumerable<AnswerStreamUpdate> stream)
    {
        var updates = new List<AnswerStreamUpdate>();
        await foreach (var update in stream)
        {
            updates.Add(update);
        }

        return updates;
    }
}
