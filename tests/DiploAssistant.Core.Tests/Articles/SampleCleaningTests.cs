namespace DiploAssistant.Core.Tests.Articles;

public sealed class SampleCleaningTests
{
    [Fact]
    public void Clean_KeepsStorySentences_OfEverySample()
    {
        Assert.Contains("조현이 브뤼셀에서 유럽연합(EU) 외교안보정책 고위대표 카야 칼라스와 만나", SampleArticles.First("000").Text);
        Assert.Contains("위성락 국가안보실장이 25일(현지시각) 마크 루비오 미국 국무장관을 만났다.", SampleArticles.First("001").Text);
        Assert.Contains("양국은 차기 2+2 외교·산업 고위급 대화를 2년 후 네덜란드 헤이그에서 개최하기로 합의했다.", SampleArticles.First("002").Text);
        Assert.Contains("이 제의에 이 대통령은 환영의 뜻을 표하고 “언제든 한국을 방문하기를 기대한다”고 화답했다.", SampleArticles.First("003").Text);
        Assert.Contains("South Korea and the European Union agreed Thursday to further strengthen defense and security ties", SampleArticles.First("004").Text);
    }

    [Fact]
    public void Clean_DropsSkipLinkAndEverySidebarHeadlineRow()
    {
        foreach (var sample in new[] { "001", "003" })
        {
            var text = SampleArticles.First(sample).Text;
            Assert.DoesNotContain("메뉴 건너뛰기", text);
            Assert.DoesNotContain("번호 제목 글쓴이 날짜", text);
            Assert.DoesNotContain("랭크뉴스", text);
            Assert.DoesNotMatch(@"\b5\d{4}\b", text);
            Assert.DoesNotContain("2025.0", text);
        }
    }

    [Fact]
    public void Clean_DropsPhotoCaptionsAndCredits()
    {
        Assert.DoesNotContain("악수하고 있다", SampleArticles.First("001").Text);
        Assert.DoesNotContain("로이터연합뉴스", SampleArticles.First("003").Text);
        Assert.DoesNotContain("기자회견을 진행하고 있다", SampleArticles.First("003").Text);
        Assert.DoesNotContain("청사사진기자단", SampleArticles.First("002").Text);
        Assert.DoesNotContain("123rf", SampleArticles.First("004").Text);
    }

    [Fact]
    public void Clean_DropsImageMarkersAltTextAndCookieBanner()
    {
        var all = string.Join("\n", SampleArticles.Parse("000").Select(a => a.Text));
        Assert.DoesNotContain("AI에 의해", all);
        Assert.DoesNotContain("shaking hands", all);
        Assert.DoesNotContain("쿠키", all);
        Assert.DoesNotContain("거부", all);
        Assert.DoesNotContain("관련 기사", all);
    }

    [Fact]
    public void Clean_StripsBylinePrefix_ButKeepsTheSentence()
    {
        var text = SampleArticles.First("002").Text;
        Assert.DoesNotContain("[서울=뉴시스]", text);
        Assert.DoesNotContain("유자비 기자 =", text);
        Assert.StartsWith("양국 최초의 외교·산업당국 참여 회의", text);
        Assert.Contains("\n\n한국과 네덜란드가 11일 '2+2 외교·산업 고위급 대화'를 서울에서 개최하고", text);
    }

    [Fact]
    public void Clean_DropsDateStampsAdButtonsRepeatedHeadlineAndTrailingSections()
    {
        var text = SampleArticles.First("002").Text;
        Assert.DoesNotContain("기사등록", text);
        Assert.DoesNotContain("최종수정", text);
        Assert.DoesNotContain("button by close ad", text);
        Assert.DoesNotContain("공감언론", text);
        Assert.DoesNotContain("이시간 뉴스", text);
        Assert.DoesNotContain("많이 본 기사", text);
        Assert.DoesNotContain("개최…AI·반도체 협력 강화 논의", text);
        Assert.DoesNotContain("protected", text);
    }

    [Fact]
    public void Clean_DropsMenusAndCopyrightFooter_OfEnglishPage()
    {
        var text = SampleArticles.First("004").Text;
        foreach (var chrome in new[] { "Back To Top", "Diplomatic Circuit", "Expat Living", "MOST POPULAR", "Copyright", "All Rights Reserved", "Huam-ro", "Tel :", "registration", "By Yonhap", "Published :" })
        {
            Assert.DoesNotContain(chrome, text);
        }

        Assert.StartsWith("South Korea and the European Union agreed Thursday", text);
    }

    [Fact]
    public void Clean_JoinsParagraphBrokenMidSentence()
    {
        Assert.Contains("The security dialogue between the two sides was launched in 2015 and has been held once in two years.", SampleArticles.First("004").Text);
    }
}
