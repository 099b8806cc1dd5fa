namespace DiploAssistant.Core.Tests.Articles;

public sealed class SampleMetadataTests
{
    [Theory]
    [InlineData("000", "000_2028b9ba857662b1", "한국·EU 고위 외교관들, 안보·무역 협력 논의")]
    [InlineData("002", "002_db910010b746ffbf", "한·네덜란드, '2+2 외교·산업 고위급 대화' 개최…AI·반도체 협력 강화 논의")]
    [InlineData("004", "004_fa8377dc520534e5", "S. Korea, EU agree to boost security cooperation")]
    public void Parse_TakesTheHeadlineLine_AsTitle(string sample, string id, string title)
    {
        var document = SampleArticles.First(sample).Document;
        Assert.Equal(id, document.Id);
        Assert.Equal(title, document.Title);
    }

    [Theory]
    [InlineData("001", "네덜란드 헤이그에서 열린 북대서양조약기구(NATO·나토) 정상회의에")]
    [InlineData("003", "마르크 뤼터 북대서양조약기구(나토) 사무총장이 이재명 대통령과 첫 통화를 마친 뒤")]
    public void Parse_UsesTheLeadSentence_AsTitle_WhenThePageHasNoHeadline(string sample, string start)
    {
        var title = SampleArticles.First(sample).Document.Title;
        Assert.StartsWith(start, title);
        Assert.True(title.Length <= 81, title);
    }

    [Theory]
    [InlineData("000", null)]
    [InlineData("001", null)]
    [InlineData("002", "2026-02-11")]
    [InlineData("003", null)]
    [InlineData("004", "2021-06-24")]
    public void Parse_FindsThePublicationDate_ButNeverASidebarRowDate(string sample, string? expected)
    {
        var published = SampleArticles.First(sample).Document.Published;
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), published);
    }

    [Theory]
    [InlineData("000", null)]
    [InlineData("001", "조선비즈")]
    [InlineData("002", "뉴시스")]
    [InlineData("003", "경향신문")]
    [InlineData("004", "The Korea Herald")]
    public void Parse_FindsTheOutlet(string sample, string? outlet)
    {
        Assert.Equal(outlet, SampleArticles.First(sample).Document.Source);
    }

    [Fact]
    public void Parse_KeepsTheWireAgency_AsMetadata()
    {
        Assert.Equal("Yonhap", SampleArticles.First("004").Metadata["agency"]);
    }

    [Theory]
    [InlineData("000", "ko")]
    [InlineData("001", "ko")]
    [InlineData("002", "ko")]
    [InlineData("003", "ko")]
    [InlineData("004", "en")]
    public void Parse_DetectsTheLanguage(string sample, string language)
    {
        Assert.Equal(language, SampleArticles.First(sample).Document.Language);
    }
}
