using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Playwright;

namespace DiploAssistant.Server.Tests.Web;

/// <summary>The real Web Chat page in headless Debian chromium (never a downloaded browser).</summary>
public sealed class WebChatPageTests : IDisposable
{
    private readonly DiploServerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ThePage_AnswersASampleQuestion_WithARenderedCitationLinkingTheArticle()
    {
        WebTestPrerequisites.RequireBrowser();
        var baseUrl = _factory.StartOnLoopback();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebTestPrerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await page.GotoAsync(baseUrl.AbsoluteUri);
        await page.Locator("[data-id='webchat-sendbox-input']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.GetByText("I answer questions about diplomatic activity").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Where did Cho Hyun meet Kaja Kallas?" }).ClickAsync();

        var answer = page.GetByText("조현 장관은 브뤼셀에서 칼라스 고위대표와 만났다");
        await answer.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var citationLinks = page.Locator($"#webchat a[href='{FakeAskService.ArticleUrl}']");
        await citationLinks.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-answer.png") });

        Assert.True(await citationLinks.CountAsync() >= 1);
        Assert.Contains("한국·EU 고위 외교관들", await page.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Single(_factory.Ask.Requests, r => r.Question == "Where did Cho Hyun meet Kaja Kallas?");
    }

    [Fact]
    public async Task ThePage_ShowsWhatALoadedArticleAdded_AsText()
    {
        WebTestPrerequisites.RequireBrowser();
        var baseUrl = _factory.StartOnLoopback();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebTestPrerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();

        await page.GotoAsync(baseUrl.AbsoluteUri);
        await page.FillAsync("#article-url", "https://news.example.test/<b>a</b>");
        await page.ClickAsync("#load-url button");
        await page.Locator("#load-result", new PageLocatorOptions { HasText = "Added 1" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });

        Assert.StartsWith("Added 1, updated 0, unchanged 0, failed 0.", await page.InnerTextAsync("#load-result"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#load-result b").CountAsync());
    }
}
