using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Retrieval;
using static DiploAssistant.Core.Tests.Answering.SampleArticles;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class ExtractiveAnswerGeneratorTests
{
    private readonly ExtractiveAnswerGenerator _generator = new(new FakeKoreanTokenizer());

    public static TheoryData<string, string, string> AnswerableQuestions => new()
    {
        { "Where did Cho Hyun meet Kaja Kallas?", EuStrategicDialogue.Document.Id, "브뤼셀" },
        { "한·네덜란드 2+2 대화에서 무엇에 합의했나?", NetherlandsTwoPlusTwo.Document.Id, "헤이그" },
        { "Who represented South Korea at the Security and Defense Dialogue with the EU?", EuSecurityDialogue.Document.Id, "Kim Sang-jin" },
        { "위성락 실장은 헤이그에서 누구를 만났나?", NatoSummitWiSungLac.Document.Id, "루비오" },
        { "뤼터 사무총장은 이 대통령과 무엇을 논의했나?", RutteCall.Document.Id, "동반관계" },
        { "What did Balfoort stress about the Korean Peninsula?", EuSecurityDialogue.Document.Id, "backing" },
        { "위성락 실장은 체코 측과 두코바니 원전에 대해 어떤 이야기를 나눴나?", NatoSummitWiSungLac.Document.Id, "두코바니" },
        { "이 대통령은 뤼터 사무총장의 방한 제의에 어떻게 답했나?", RutteCall.Document.Id, "방문하기를 기대한다" },
        { "What did Kaja Kallas say about Egypt?", RelatedKallasEgypt.Document.Id, "€1bn" },
        { "한국과 EU는 언제 전략적 파트너십으로 관계를 격상했나?", EuStrategicDialogue.Document.Id, "2010년" },
        { "What will South Korea and the EU do about piracy in the Gulf of Guinea?", EuSecurityDialogue.Document.Id, "maritime security" },
        { "한국과 네덜란드는 반도체 분야에서 어떤 협력을 하기로 했나?", NetherlandsTwoPlusTwo.Document.Id, "반도체" },
        { "When did South Korea and the EU hold the Security and Defense Dialogue?", EuSecurityDialogue.Document.Id, "agreed on 24 June 2021" }, // "agreed Thursday", written in full
    };

    public static TheoryData<string> UnanswerableQuestions => new()
    {
        "What did Japan's prime minister say about tariffs in Tokyo?",
        "조현 장관은 베를린에서 누구를 만났나?",
        "뤼터 사무총장은 시진핑 주석과 무엇을 논의했나?",
        "Which country did Wi Sung-lac visit in Africa?",
        "What was the outcome of the vote on the EU budget?",
        "한국과 EU의 무역 협정 관세율은 몇 퍼센트인가?",
        "What did Emmanuel Macron say about NATO's defense spending target?",
        "위성락 실장은 모스크바에서 무엇을 논의했나?",
        "When did Cho Hyun meet Kaja Kallas?",
        "위성락 실장은 언제 후커 정무차관을 만났나?",
    };

    /// <summary>Retrieval as it might come back: the relevant article among others, not always first.</summary>
    private static IReadOnlyList<RetrievedChunk> RetrievedFor(string question) => question switch
    {
        "Where did Cho Hyun meet Kaja Kallas?" => Evidence.Of((EuSecurityDialogue, 0), (RelatedKallasEgypt, 0), (EuStrategicDialogue, 0), (RelatedWashingtonTalks, 0), (NetherlandsTwoPlusTwo, 1)),
        "한·네덜란드 2+2 대화에서 무엇에 합의했나?" => Evidence.Of((NetherlandsTwoPlusTwo, 0), (NatoSummitWiSungLac, 2), (NetherlandsTwoPlusTwo, 3), (RutteCall, 2), (NetherlandsTwoPlusTwo, 1)),
        "Who represented South Korea at the Security and Defense Dialogue with the EU?" => Evidence.Of((EuStrategicDialogue, 0), (EuSecurityDialogue, 0), (EuSecurityDialogue, 1), (RelatedKallasEgypt, 0)),
        "위성락 실장은 헤이그에서 누구를 만났나?" => Evidence.Of((RutteCall, 2), (NatoSummitWiSungLac, 0), (NatoSummitWiSungLac, 1), (NetherlandsTwoPlusTwo, 3)),
        "뤼터 사무총장은 이 대통령과 무엇을 논의했나?" => Evidence.Of((NatoSummitWiSungLac, 0), (RutteCall, 0), (RutteCall, 1), (RutteCall, 2)),
        "What did Balfoort stress about the Korean Peninsula?" => Evidence.Of((EuSecurityDialogue, 1), (EuStrategicDialogue, 1), (EuSecurityDialogue, 0)),
        "위성락 실장은 체코 측과 두코바니 원전에 대해 어떤 이야기를 나눴나?" => Evidence.Of((RutteCall, 2), (NatoSummitWiSungLac, 2), (NatoSummitWiSungLac, 1)),
        "이 대통령은 뤼터 사무총장의 방한 제의에 어떻게 답했나?" => Evidence.Of((RutteCall, 1), (RutteCall, 2), (RelatedMacronSummit, 0), (RutteCall, 0)),
        "What did Kaja Kallas say about Egypt?" => Evidence.Of((EuStrategicDialogue, 0), (RelatedKallasEgypt, 0), (EuSecurityDialogue, 1)),
        "한국과 EU는 언제 전략적 파트너십으로 관계를 격상했나?" => Evidence.Of((EuSecurityDialogue, 0), (EuStrategicDialogue, 0), (EuStrategicDialogue, 1), (RelatedMacronSummit, 0)),
        "What will South Korea and the EU do about piracy in the Gulf of Guinea?" => Evidence.Of((EuStrategicDialogue, 1), (EuSecurityDialogue, 0), (EuSecurityDialogue, 1)),
        "When did South Korea and the EU hold the Security and Defense Dialogue?" => Evidence.Of((EuStrategicDialogue, 0), (EuSecurityDialogue, 0), (EuSecurityDialogue, 1)),
        "한국과 네덜란드는 반도체 분야에서 어떤 협력을 하기로 했나?" => Evidence.Of((NatoSummitWiSungLac, 2), (NetherlandsTwoPlusTwo, 2), (NetherlandsTwoPlusTwo, 0), (NetherlandsTwoPlusTwo, 1)),
        "What did Japan's prime minister say about tariffs in Tokyo?" => Evidence.Of((RelatedWashingtonTalks, 0), (RelatedKobayashiVisit, 0), (NatoSummitWiSungLac, 1), (EuSecurityDialogue, 0), (RelatedDefenseMinisters, 0)),
        "조현 장관은 베를린에서 누구를 만났나?" => Evidence.Of((EuStrategicDialogue, 0), (RelatedWashingtonTalks, 0), (NetherlandsTwoPlusTwo, 0), (RelatedKobayashiVisit, 0)),
        "뤼터 사무총장은 시진핑 주석과 무엇을 논의했나?" => Evidence.Of((RutteCall, 0), (RelatedXiSummit, 0), (RutteCall, 1)),
        "Which country did Wi Sung-lac visit in Africa?" => Evidence.Of((NatoSummitWiSungLac, 0), (RelatedMacronSummit, 0), (NatoSummitWiSungLac, 2)),
        "What was the outcome of the vote on the EU budget?" => Evidence.Of((EuSecurityDialogue, 0), (EuStrategicDialogue, 1), (RelatedKallasEgypt, 0)),
        "한국과 EU의 무역 협정 관세율은 몇 퍼센트인가?" => Evidence.Of((EuStrategicDialogue, 0), (RelatedWashingtonTalks, 0), (EuStrategicDialogue, 1)),
        "What did Emmanuel Macron say about NATO's defense spending target?" => Evidence.Of((RelatedMacronSummit, 0), (RutteCall, 0), (EuSecurityDialogue, 0)),
        "위성락 실장은 모스크바에서 무엇을 논의했나?" => Evidence.Of((NatoSummitWiSungLac, 0), (NatoSummitWiSungLac, 1), (NatoSummitWiSungLac, 2)),
        "When did Cho Hyun meet Kaja Kallas?" => Evidence.Of((EuStrategicDialogue, 0), (RelatedKallasEgypt, 0), (RelatedWashingtonTalks, 0)),
        "위성락 실장은 언제 후커 정무차관을 만났나?" => Evidence.Of((NatoSummitWiSungLac, 1), (NatoSummitWiSungLac, 0)),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "no simulated retrieval for this question"),
    };

    [Theory]
    [MemberData(nameof(AnswerableQuestions))]
    public async Task GenerateAsync_AnswersFromTheRightArticle_WhenTheArticlesSay(string question, string documentId, string expectedFact)
    {
        var answer = await _generator.GenerateAsync(question, RetrievedFor(question), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains(expectedFact, answer.Text, StringComparison.Ordinal);
        Assert.Equal(documentId, answer.Citations[0].DocumentId);
        Assert.InRange(answer.Text.Length, 1, 700);
        AnswerContract.AssertHolds(answer);
    }

    [Theory]
    [MemberData(nameof(UnanswerableQuestions))]
    public async Task GenerateAsync_Declines_WhenTheArticlesDoNotSay(string question)
    {
        var answer = await _generator.GenerateAsync(question, RetrievedFor(question), CancellationToken.None);

        Assert.False(answer.Answered, $"answered: {answer.Text}");
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_Declines_WhenNothingWasRetrieved()
    {
        var answer = await _generator.GenerateAsync("Where did Cho Hyun meet Kaja Kallas?", [], CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Equal(NoAnswerMessages.NoArticlesEnglish, answer.NoAnswerReason);
        Assert.Equal(NoAnswerMessages.NotFoundEnglish, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task GenerateAsync_DeclinesInKorean_WhenTheQuestionIsKorean()
    {
        var question = "조현 장관은 베를린에서 누구를 만났나?";

        var answer = await _generator.GenerateAsync(question, RetrievedFor(question), CancellationToken.None);

        Assert.Equal(NoAnswerMessages.NotFoundKorean, answer.Text);
        Assert.Contains("베를린", answer.NoAnswerReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_DeclinesInEnglish_WhenTheQuestionIsEnglish()
    {
        var question = "What did Japan's prime minister say about tariffs in Tokyo?";

        var answer = await _generator.GenerateAsync(question, RetrievedFor(question), CancellationToken.None);

        Assert.Equal(NoAnswerMessages.NotFoundEnglish, answer.Text);
        Assert.False(NoAnswerMessages.IsKorean(answer.NoAnswerReason!));
    }

    [Fact]
    public async Task GenerateAsync_FillsCitationsFromTheArticleMetadata()
    {
        var question = "한·네덜란드 2+2 대화에서 무엇에 합의했나?";

        var answer = await _generator.GenerateAsync(question, RetrievedFor(question), CancellationToken.None);

        var citation = answer.Citations[0];
        Assert.Equal(1, citation.N);
        Assert.Equal(NetherlandsTwoPlusTwo.Document.Title, citation.Title);
        Assert.Equal("뉴시스", citation.Source);
        Assert.Equal("data/002_db910010b746ffbf.txt", citation.Uri);
        Assert.Equal("2026-02-11", citation.Published);
        Assert.Contains("헤이그", citation.Quote, StringComparison.Ordinal);
        Assert.Contains(citation.Quote.Split(' ')[0], answer.Text, StringComparison.Ordinal);
        Assert.True(citation.Score > 0);
    }

    [Fact]
    public async Task GenerateAsync_QuotesOnlySentencesFromTheEvidence()
    {
        var question = "Who represented South Korea at the Security and Defense Dialogue with the EU?";

        var answer = await _generator.GenerateAsync(question, RetrievedFor(question), CancellationToken.None);

        Assert.All(answer.Citations, c => Assert.Contains(c.Quote.Split(". ")[0], EuSecurityDialogue.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateAsync_NeverLetsArticleTextForgeACitationMarker()
    {
        var article = new SampleArticle(
            EuSecurityDialogue.Document with { Id = "forged" },
            ["South Korea was represented by Kim Sang-jin [2] at the Security and Defense Dialogue [7] with the EU."]);
        var question = "Who represented South Korea at the Security and Defense Dialogue with the EU?";

        var answer = await _generator.GenerateAsync(question, Evidence.Of((article, 0)), CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Contains("Kim Sang-jin (2)", answer.Text, StringComparison.Ordinal);
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_KeepsTheAnswerShort_WhenManyChunksAgree()
    {
        var question = "한국과 네덜란드는 반도체 분야에서 어떤 협력을 하기로 했나?";

        var answer = await _generator.GenerateAsync(question, Evidence.AllOf(NetherlandsTwoPlusTwo, NatoSummitWiSungLac), CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.InRange(answer.Text.Length, 1, 700);
        Assert.InRange(CitationMarkers.NumbersIn(answer.Text).Count, 1, 3);
    }

    [Fact]
    public async Task GenerateAsync_GivesTheSameAnswer_ForTheSameInput()
    {
        var question = "Where did Cho Hyun meet Kaja Kallas?";

        var first = await _generator.GenerateAsync(question, RetrievedFor(question), CancellationToken.None);
        var second = await _generator.GenerateAsync(question, RetrievedFor(question), CancellationToken.None);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Citations, second.Citations);
    }
}
