using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Playwright;

namespace DiploAssistant.Server.Tests.Web;

/// <summary>
/// A Korean browser on the real core over the samples: Web Chat greets in Korean, and an answer's citation shows the
/// outlet and date and links the file-loaded article's page on this server, which marks the quoted sentence.
/// </summary>
public sealed class CitationLinkWebChatTests : IDisposable
{
    private readonly DiploServerFactory _factory = new(realCore: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AKoreanBrowser_IsGreetedInKorean_AndFollowsACitationToTheMarkedSentence()
    {
        WebTestPrerequisites.RequireBrowser();
        var baseUrl = _factory.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = baseUrl };
        await SampleData.WaitUntilLoadedAsync(client);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebTestPrerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "ko-KR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var chat = page.Locator("#webchat");

        await page.GotoAsync(baseUrl.AbsoluteUri);
        await chat.GetByText("안녕하세요!").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("help"); // typed in English: the Korean answer comes from the locale Web Chat sends
        await input.PressAsync("Enter");
        await chat.GetByText("불러온 뉴스 기사로").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await input.FillAsync("차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?");
        await input.PressAsync("Enter");
        await chat.GetByText("헤이그에서 개최하기로 합의했다").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var citation = chat.Locator("a[href*='/articles/002_db910010b746ffbf']").Last;
        await citation.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-citation-link.png") });
        var chatText = await chat.InnerTextAsync();
        var href = await citation.GetAttributeAsync("href");

        Assert.DoesNotContain("not enabled", chatText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("뉴시스, 2026-02-11", chatText, StringComparison.Ordinal);
        Assert.StartsWith(baseUrl.AbsoluteUri + "articles/", href, StringComparison.Ordinal);

        var article = await browser.NewPageAsync();
        var response = await article.GotoAsync(href!);
        var marked = await article.Locator("mark#quote").InnerTextAsync();

        Assert.Equal(200, response!.Status);
        Assert.Equal("양국은 차기 2+2 외교·산업 고위급 대화를 2년 후 네덜란드 헤이그에서 개최하기로 합의했다.", marked);
        Assert.Contains("뉴시스 · 2026-02-11", await article.Locator(".meta").First.InnerTextAsync(), StringComparison.Ordinal);
    }
}
