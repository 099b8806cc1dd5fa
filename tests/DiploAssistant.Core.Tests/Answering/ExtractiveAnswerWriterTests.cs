using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>Absolute dates and the question's language in extractive answers, on small articles written for these tests.</summary>
public sealed class ExtractiveAnswerWriterTests
{
    private static readonly DateOnly Published = new(2026, 2, 11);

    private readonly ExtractiveAnswerGenerator _generator = new(new KoreanTokenizer());

    [Fact]
    public async Task GenerateAsync_WritesTheRelativeDateInFull_InAKoreanAnswer()
    {
        var evidence = Retrieved(Korean("helsinki", "조현 외교부 장관은 지난달 25일 헬싱키에서 카야 칼라스 고위대표와 만났다. 두 사람은 해양 안보를 논의했다."));

        var answer = await _generator.GenerateAsync("조현 장관은 언제 칼라스 고위대표와 만났나?", evidence, CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("조현 외교부 장관은 2026년 1월 25일 헬싱키에서", answer.Text, StringComparison.Ordinal);
        Assert.Contains("지난달 25일", answer.Citations[0].Quote, StringComparison.Ordinal); // the citation keeps the article's words
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_WritesTheWeekdayAsADate_InAnEnglishAnswer()
    {
        var evidence = Retrieved(English("oslo", "Foreign Minister Anna Berg met her Korean counterpart in Oslo on Monday. The two discussed fisheries."));

        var answer = await _generator.GenerateAsync("When did Anna Berg meet her Korean counterpart?", evidence, CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.StartsWith("Foreign Minister Anna Berg met her Korean counterpart in Oslo on 9 February 2026. [1]", answer.Text, StringComparison.Ordinal);
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_LeadsInEnglish_WhenAnEnglishQuestionIsAnsweredFromAKoreanSentence()
    {
        var evidence = Retrieved(Korean("helsinki", "조현 외교부 장관은 지난달 25일 헬싱키에서 카야 칼라스 고위대표와 만났다."));

        var answer = await _generator.GenerateAsync("Where did Cho Hyun meet Kaja Kallas?", evidence, CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Equal("According to 가상통신, 11 Feb 2026 [1]: 조현 외교부 장관은 2026년 1월 25일 헬싱키에서 카야 칼라스 고위대표와 만났다.", answer.Text);
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_LeadsWithAnArticle_WhenTheOutletIsUnknown()
    {
        var (document, text) = Korean("helsinki", "조현 외교부 장관은 지난달 25일 헬싱키에서 카야 칼라스 고위대표와 만났다.");

        var answer = await _generator.GenerateAsync("Where did Cho Hyun meet Kaja Kallas?", Retrieved((document with { Source = null, Published = null }, text)), CancellationToken.None);

        Assert.StartsWith("According to an article [1]: 조현 외교부 장관은 지난달 25일 헬싱키에서", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_LeadsInKorean_WhenAKoreanQuestionIsAnsweredFromAnEnglishSentence()
    {
        var evidence = Retrieved(English("oslo", "Foreign Minister Anna Berg met Cho Hyun in Oslo yesterday to discuss fisheries."));

        var answer = await _generator.GenerateAsync("Anna Berg 장관은 Cho Hyun 장관과 무엇을 논의했나?", evidence, CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.StartsWith("The Test Herald 2026년 2월 11일 보도에 따르면 [1]: Foreign Minister Anna Berg met Cho Hyun in Oslo on 10 February 2026", answer.Text, StringComparison.Ordinal);
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_GivesTheDeclineReasonInEnglish_ForAnEnglishFollowUpCarryingKoreanNames()
    {
        var evidence = Retrieved(Korean("helsinki", "조현 외교부 장관은 지난달 25일 헬싱키에서 카야 칼라스 고위대표와 만났다."));

        var answer = await _generator.GenerateAsync("What about Antarctica? (조현, 칼라스)", evidence, CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Contains("Antarctica", answer.NoAnswerReason, StringComparison.Ordinal);
        Assert.False(QuestionLanguage.IsKorean(answer.NoAnswerReason!), answer.NoAnswerReason);
        Assert.Equal(NoAnswerMessages.NotFoundEnglish, answer.Text);
        AnswerContract.AssertHolds(answer);
    }

    private static IReadOnlyList<RetrievedChunk> Retrieved(params (DocumentInfo Document, string Text)[] articles) =>
        articles.Select((a, i) => new RetrievedChunk(new Chunk(Chunk.MakeId(a.Document.Id, 0), a.Document.Id, 0, a.Text, 0), a.Document, 0.9 - (0.1 * i))).ToList();

    private static (DocumentInfo, string) Korean(string id, string text) =>
        (new DocumentInfo(id, "조현 장관, 칼라스 대표와 회담", "가상통신", null, $"test://{id}", Published, "ko"), text);

    private static (DocumentInfo, string) English(string id, string text) =>
        (new DocumentInfo(id, "Berg meets Korean minister", "The Test Herald", null, $"test://{id}", Published, "en"), text);
}
