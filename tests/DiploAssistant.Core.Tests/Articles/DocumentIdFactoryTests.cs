using DiploAssistant.Core.Articles;

namespace DiploAssistant.Core.Tests.Articles;

public sealed class DocumentIdFactoryTests
{
    private readonly DocumentIdFactory _ids = new();

    [Fact]
    public void FromUri_UsesTheFileNameStem_ForFiles() =>
        Assert.Equal("000_2028b9ba857662b1", _ids.FromUri("/data/000_2028b9ba857662b1.txt"));

    [Fact]
    public void FromUri_MakesAReadableSlug_ForUrls() =>
        Assert.Equal("cnn.com-2022-06-12-media-squid-game-season-2", _ids.FromUri("https://www.cnn.com/2022/06/12/media/squid-game-season-2/index.html"));

    [Fact]
    public void FromUri_BoundsLongUrls_AndKeepsThemDistinct()
    {
        var a = _ids.FromUri("https://example.com/" + new string('a', 300) + "?x=1");
        var b = _ids.FromUri("https://example.com/" + new string('a', 300) + "?x=2");
        Assert.True(a.Length <= DocumentIdFactory.MaxUrlIdLength);
        Assert.NotEqual(a, b);
    }
}
