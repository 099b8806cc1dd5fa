using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Playwright;

namespace DiploAssistant.Server.Tests.Web;

/// <summary>The whole product as a user meets it: the real core over the sample articles, the real Web Chat, headless chromium.</summary>
public sealed class RealCoreWebChatTests : IDisposable
{
    private readonly DiploServerFactory _factory = new(realCore: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AQuestionAboutASample_IsAnsweredFromIt_WithACitationNamingTheArticle()
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

        await page.GotoAsync(baseUrl.AbsoluteUri);
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await input.FillAsync("차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?");
        await input.PressAsync("Enter");

        var answer = page.Locator("#webchat").GetByText("헤이그에서 개최하기로 합의했다");
        await answer.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var citation = page.Locator("#webchat").GetByText("한·네덜란드, '2+2 외교·산업 고위급 대화' 개최");
        await citation.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-real-core.png") });

        Assert.True(await citation.CountAsync() >= 1);
    }
}
