using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Tests.Articles;

public sealed class StorySegmenterTests
{
    [Fact]
    public void Parse_SplitsRelatedArticles_IntoSeparateStories()
    {
        var stories = SampleArticles.Parse("000");

        Assert.Equal(8, stories.Count);
        Assert.Equal(
            Enumerable.Range(1, 8).Select(n => n == 1 ? "000_2028b9ba857662b1" : $"000_2028b9ba857662b1#{n}"),
            stories.Select(s => s.Document.Id));
        Assert.DoesNotContain("말레이시아", stories[0].Text);
        Assert.DoesNotContain("Egypt", stories[0].Text);
    }

    [Fact]
    public void Parse_GivesARelatedStory_ItsOwnHeadline()
    {
        var story = SampleArticles.Parse("000").Single(s => s.Text.Contains("ADMM-Plus", StringComparison.Ordinal));
        Assert.Equal("한국 일본 국방장관, 말레이시아서 3국 안보 협력 재확인", story.Document.Title);
        Assert.StartsWith("한국과 일본의 국방장관이 11월 1일", story.Text);
    }

    [Fact]
    public void Parse_MakesTheMacronMeeting_ItsOwnKoreanStory()
    {
        var story = SampleArticles.Parse("000").Single(s => s.Text.Contains("마크롱", StringComparison.Ordinal));
        Assert.StartsWith("남아프리카 요하네스버그에서 열린 G20 정상회의 사이드라인에서", story.Document.Title);
        Assert.Equal("ko", story.Document.Language);
        Assert.DoesNotContain("워싱턴", story.Text);
    }

    [Fact]
    public void Parse_MakesTheEuEgyptParagraph_ItsOwnEnglishStory()
    {
        var story = SampleArticles.Parse("000").Single(s => s.Text.Contains("Egypt", StringComparison.Ordinal));
        Assert.Equal("en", story.Document.Language);
        Assert.StartsWith("The European Union will disburse €1bn", story.Document.Title);
        Assert.True(story.Document.Title.Length <= 81);
        Assert.DoesNotContain("한국", story.Text);
    }

    [Fact]
    public void Parse_SplitsEnglishRelatedStoriesBlock()
    {
        const string page = """
            Leaders agree on new climate fund

            The leaders of ten nations agreed on Monday to create a new fund for climate adaptation in small island states.

            Officials said the fund would start operating next year with an initial budget of two billion dollars.

            Related stories

            Ministers meet in Geneva to discuss trade rules for digital services and data flows across borders.

            Talks stall over fishing quotas

            Negotiators failed to reach a deal on fishing quotas after three days of talks in Brussels this week.
            """;
        var results = new ArticleParser(new IngestionOptions()).Parse(new RawSource("https://example.com/news/climate-fund", System.Text.Encoding.UTF8.GetBytes(page)));

        Assert.Equal(3, results.Count);
        Assert.Equal("Leaders agree on new climate fund", results[0].Article!.Document.Title);
        Assert.Equal("Talks stall over fishing quotas", results[2].Article!.Document.Title);
        Assert.Equal("example.com-news-climate-fund#3", results[2].Article!.Document.Id);
        Assert.DoesNotContain("Geneva", results[0].Article!.Text);
    }

    [Fact]
    public void Parse_TitlesARelatedStory_WithItsHeadline_EvenWhenTheHeadlineEndsLikeASentence()
    {
        const string page = """
            Leaders agree on new climate fund

            The leaders of ten nations agreed on Monday to create a new fund for climate adaptation in small island states.

            Officials said the fund would start operating next year with an initial budget of two billion dollars.

            Related stories

            EU, Egypt sign €7.4bn partnership deal.

            The European Union and Egypt signed a partnership worth 7.4 billion euros in Cairo on Sunday, officials said.

            Will Seoul and Tokyo resume shuttle visits?

            The leaders of South Korea and Japan agreed in Tokyo on Tuesday to resume regular visits between their capitals.

            Ministers met in Geneva on Friday to discuss trade rules for digital services and data flows across borders.
            """;
        var results = new ArticleParser(new IngestionOptions()).Parse(new RawSource("https://example.com/news/fund", System.Text.Encoding.UTF8.GetBytes(page)));
        var titles = results.Select(r => r.Article!.Document.Title).ToList();

        Assert.Equal(4, results.Count);
        Assert.Equal("EU, Egypt sign €7.4bn partnership deal.", titles[1]);
        Assert.StartsWith("The European Union and Egypt signed", results[1].Article!.Text, StringComparison.Ordinal);
        Assert.Equal("Will Seoul and Tokyo resume shuttle visits?", titles[2]);
        // A story the page gives no headline keeps its lead sentence as its title.
        Assert.StartsWith("Ministers met in Geneva on Friday", titles[3], StringComparison.Ordinal);
    }
}
