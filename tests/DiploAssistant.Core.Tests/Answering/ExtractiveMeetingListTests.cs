using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>
/// "Who did … meet?" on a small article written for these tests that tells one meeting per sentence: the answer lists
/// every meeting of that person, each cited, and keeps only the asked country's when the question names one.
/// </summary>
public sealed class ExtractiveMeetingListTests
{
    private static readonly SampleArticle Forum = new(
        new DocumentInfo("forum-ko", "한명수 특사, 리스본 포럼 참석", null, null, "test/forum-ko.txt", null, "ko"),
        [
            "포르투갈 리스본에서 열린 대서양 해양포럼에 참석한 한명수 대통령 특사가 3일 미겔 산투스 포르투갈 외교장관을 만났다.",
            "양측은 해운 협력을 확대하기로 했다.",
            "한 특사는 같은 날 카린 베르그 노르웨이 외교차관도 별도로 접견했다. 또 소피 마르탱 프랑스 해양장관과도 면담했다.",
            "외교부는 포럼 일정이 5일까지 이어진다고 밝혔다.",
            "조민우 해수부 장관은 별도로 리스본 항만청장을 만났다.",
        ]);

    private static readonly SampleArticle Talks = new(
        new DocumentInfo("talks-ko", "한명수 특사, 노르웨이 차관 면담", null, null, "test/talks-ko.txt", null, "ko"),
        [
            "한 특사는 앞서 미겔 산투스 포르투갈 외교장관과 해운 협력 확대에 합의했다.",
            "한명수 특사는 4일 카린 베르그 노르웨이 외교차관을 만났다. 외교부는 “양측은 북극 항로 공동 연구의 성과를 평가했다”고 밝혔다.",
        ]);

    private readonly ExtractiveAnswerGenerator _generator = new(new KoreanTokenizer());

    [Fact]
    public async Task AWhoDidHeMeetQuestion_ListsEveryMeetingOfThatPerson_EachCited()
    {
        var answer = await _generator.GenerateAsync("한명수 특사는 리스본에서 누구를 만났나?", Evidence.AllOf(Forum), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("미겔 산투스", answer.Text, StringComparison.Ordinal);
        Assert.Contains("카린 베르그", answer.Text, StringComparison.Ordinal);
        Assert.Contains("소피 마르탱", answer.Text, StringComparison.Ordinal);
        Assert.Equal(3, answer.Text.Split("[1]").Length - 1);
    }

    [Fact]
    public async Task AMeetingOfSomeoneElseInTheArticle_IsNotListed()
    {
        var answer = await _generator.GenerateAsync("한명수 특사는 리스본에서 누구를 만났나?", Evidence.AllOf(Forum), CancellationToken.None);

        Assert.DoesNotContain("항만청장", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("해운 협력", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionForOneCountrysOfficial_ListsOnlyThatMeeting()
    {
        var answer = await _generator.GenerateAsync("한명수 특사는 노르웨이의 누구를 만났나?", Evidence.AllOf(Forum), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("카린 베르그", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("미겔 산투스", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("소피 마르탱", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishQuestion_ListsTheKoreanArticlesMeetingsToo()
    {
        var answer = await _generator.GenerateAsync("Who did Han Myung-soo meet in Lisbon?", Evidence.AllOf(Forum), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("미겔 산투스", answer.Text, StringComparison.Ordinal);
        Assert.Contains("카린 베르그", answer.Text, StringComparison.Ordinal);
        Assert.Contains("소피 마르탱", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTwoPeopleDiscussed_IsTheSentenceAfterTheirMeeting()
    {
        var answer = await _generator.GenerateAsync("한명수 특사와 베르그 차관은 무엇을 논의했나?", Evidence.AllOf(Talks), CancellationToken.None);

        Assert.True(answer.Answered, answer.NoAnswerReason);
        Assert.Contains("카린 베르그", answer.Text, StringComparison.Ordinal);
        Assert.Contains("북극 항로", answer.Text, StringComparison.Ordinal);
    }
}
