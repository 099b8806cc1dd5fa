using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Playwright;

namespace DiploAssistant.Server.Tests.Web;

/// <summary>The real Web Chat 4.18 livestreaming a model-written answer from our Direct Line, in headless Debian chromium.</summary>
[Collection(ModelBackedServerCollection.Name)]
public sealed class StreamingWebChatTests(ModelBackedServer server)
{
    [Fact]
    public async Task AModelAnswer_GrowsInWebChat_ThenShowsOnceWithItsCitation()
    {
        WebTestPrerequisites.RequireBrowser();
        var rest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.ScriptModel().ChatStream(["조현 장관은 브뤼셀에서 ", "칼라스 고위대표와 만났다 [1]."], holdAfterFirst: rest.Task);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebTestPrerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "ko-KR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var chat = page.Locator("#webchat");

        await page.GotoAsync(server.BaseUrl.AbsoluteUri);
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await input.FillAsync("조현 장관은 어디에서 칼라스 고위대표를 만났나?");
        await input.PressAsync("Enter");

        // While the model is still writing, the first piece is already on screen.
        await chat.GetByText("조현 장관은 브뤼셀에서").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var endShownEarly = await chat.GetByText("고위대표와 만났다").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-streaming-partial.png") });
        rest.SetResult();

        await chat.GetByText("고위대표와 만났다").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await chat.GetByText("한국·EU 고위 외교관들, 안보·무역 협력 논의").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-streaming-final.png") });

        Assert.Equal(0, endShownEarly);
        // The streamed bubble became the answer: one activity in the transcript (the screen readers' live region aside).
        var transcript = chat.Locator(".webchat__basic-transcript__activity");
        Assert.Equal(1, await transcript.Filter(new LocatorFilterOptions { HasText = "조현 장관은 브뤼셀에서" }).CountAsync());
    }
}
