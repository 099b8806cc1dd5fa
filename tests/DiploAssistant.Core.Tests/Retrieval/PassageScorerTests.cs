using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Retrieval;

public sealed class PassageScorerTests
{
    private static readonly PassageScoring Scoring = new(K1: 0.6, B: 0.75, TitleWeight: 2, AverageLength: 20, TitleCoversSentences: false);

    [Fact]
    public void Coverage_IsHigher_WhenTheQueryTermsShareOneSentence()
    {
        var tokenizer = new KoreanTokenizer();
        var idf = tokenizer.TokenizeQuery("여의도 농민 시위").Distinct().ToDictionary(t => t, _ => 1.0);
        var scorer = new PassageScorer(tokenizer, idf, Scoring);

        var together = scorer.Score("제목", "그는 여의도 농민 시위를 주도했다. 다른 이야기.");
        var scattered = scorer.Score("제목", "여의도에 갔다. 농민이 있었다. 시위는 없었다.");

        Assert.Equal(1.0, together.Coverage, 3);
        Assert.True(together.Coverage > scattered.Coverage);
    }

    [Fact]
    public void Bm25_CountsTitleTerms()
    {
        var tokenizer = new KoreanTokenizer();
        var scorer = new PassageScorer(tokenizer, new Dictionary<string, double> { ["조현"] = 1.0 }, Scoring);

        Assert.True(scorer.Score("조현 장관", "본문").Bm25 > scorer.Score("다른 제목", "본문").Bm25);
    }

    [Fact]
    public void Coverage_CountsTheTitleAsTheSubjectOfEverySentence_WhenAskedTo()
    {
        var tokenizer = new KoreanTokenizer();
        var idf = tokenizer.TokenizeQuery("김영삼 병원").Distinct().ToDictionary(t => t, _ => 1.0);
        var titleCovers = new PassageScorer(tokenizer, idf, Scoring with { TitleCoversSentences = true });
        var titleApart = new PassageScorer(tokenizer, idf, Scoring);

        var covered = titleCovers.Score("김영삼", "건강검진 차 서울대학교 병원을 찾았다. 다른 이야기.");
        var apart = titleApart.Score("김영삼", "건강검진 차 서울대학교 병원을 찾았다. 다른 이야기.");

        Assert.Equal(1.0, covered.Coverage, 3);
        Assert.True(apart.Coverage < 1.0);
        Assert.Equal(apart.Bm25, covered.Bm25, 9);
    }
}
