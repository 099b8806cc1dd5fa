using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Playwright;

namespace DiploAssistant.Server.Tests.Web;

/// <summary>
/// An article full of script, event attributes, javascript: links and markdown tricks, loaded through the real core and
/// quoted in an answer, reaches the real Web Chat as text: no script runs, no dialog opens, no live element or request appears.
/// </summary>
public sealed class HostileArticleWebChatTests : IDisposable
{
    private const string HostileArticle =
        "Envoys meet in Geneva\n\n"
        + "The envoys met in Geneva on Monday <img src=x onerror=\"window.__pwned='img'\"> to resume the ceasefire talks.\n"
        + "The envoys in Geneva <script>window.__pwned='script'</script> agreed on [a schedule](javascript:window.__pwned='link') for the ceasefire talks.\n"
        + "The envoys in Geneva <a href=\"javascript:window.__pwned='anchor'\" onclick=\"window.__pwned='click'\">met observers</a> "
        + "and ![pixel](http://127.0.0.1:9/pixel.png) <svg onload=\"alert('svg')\"></svg> briefed the ceasefire talks.\n";

    private readonly DiploServerFactory _factory = new(new Dictionary<string, string?> { ["Server:LoadSampleData"] = "false" }, realCore: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnswersQuotingAHostileArticle_ReachWebChatAsText_AndRunNothing()
    {
        WebTestPrerequisites.RequireBrowser();
        var baseUrl = _factory.StartOnLoopback();
        await UploadAsync(baseUrl);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebTestPrerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var dialogs = new ConcurrentQueue<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Enqueue(dialog.Message);
            _ = dialog.DismissAsync();
        };
        var pixelRequests = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("pixel.png", StringComparison.Ordinal) || request.Url.EndsWith("/x", StringComparison.Ordinal))
            {
                pixelRequests.Enqueue(request.Url);
            }
        };

        await page.GotoAsync(baseUrl.AbsoluteUri);
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.GetByText("I answer questions about diplomatic activity").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 }); // connected
        await input.FillAsync("Where did the envoys meet to resume the ceasefire talks?");
        await input.PressAsync("Enter");
        try
        {
            await page.Locator("#webchat").GetByText("onerror", new LocatorGetByTextOptions { Exact = false }).First
                .WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        }
        finally
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-hostile-first-answer.png") });
        }
        await input.FillAsync("What did the envoys in Geneva agree on for the ceasefire talks?");
        await input.PressAsync("Enter");
        await page.Locator("#webchat").GetByText("agreed on", new LocatorGetByTextOptions { Exact = false }).First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        // The citation of this uploaded file links the server's page of the stored article, which shows it as text too.
        var href = await page.Locator("#webchat a[href*='/articles/']").Last.GetAttributeAsync("href");
        await page.WaitForTimeoutAsync(500); // let any image error or load handler fire
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-hostile-article.png") });
        await AssertNothingRanAsync(page, dialogs, pixelRequests, "<img src=x onerror=");

        Assert.StartsWith(baseUrl.AbsoluteUri + "articles/", href, StringComparison.Ordinal);
        await page.GotoAsync(href!);
        await page.WaitForTimeoutAsync(500);
        await AssertNothingRanAsync(page, dialogs, pixelRequests, "<script>");
        Assert.Contains("<img src=x onerror=", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertNothingRanAsync(IPage page, IEnumerable<string> dialogs, IEnumerable<string> pixelRequests, string shownAsText)
    {
        var transcript = page.Locator("body"); // the page's own scripts all have a src
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(dialogs);
        Assert.Empty(pixelRequests);
        Assert.Equal(0, await transcript.Locator("img[src='x'], img[src*='pixel'], script:not([src]), svg[onload], [onerror], [onclick], [onload]").CountAsync());
        Assert.Equal(0, await transcript.Locator("a[href^='javascript' i]").CountAsync());
        Assert.Contains(shownAsText, await transcript.InnerTextAsync(), StringComparison.Ordinal); // shown as text, not made an element
    }

    private static async Task UploadAsync(Uri baseUrl)
    {
        using var client = new HttpClient { BaseAddress = baseUrl };
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(HostileArticle)), "file", "geneva-hostile.txt" } };
        using var response = await client.PostAsync("api/documents", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("api/documents");
        Assert.Single(stored!);
    }
}
