using DiploAssistant.Server.Tests.Web;
using Microsoft.Playwright;

namespace DiploAssistant.Server.Tests.Replicas;

/// <summary>
/// The real Web Chat in Chromium behind a round-robin balancer over three server processes on one PostgreSQL: its token,
/// posts and polls land on every replica in turn, and every message is answered; when one replica is killed between two
/// messages, the conversation goes on on the others.
/// </summary>
public sealed class LoadBalancedWebChatTests
{
    private static readonly string[] Questions =
    [
        "Where did Cho Hyun meet Kaja Kallas?",
        "조현 장관은 카야 칼라스와 어디에서 만났나?",
        "Where did Cho Hyun meet Kaja Kallas?",
        "조현 장관은 카야 칼라스와 어디에서 만났나?",
    ];

    [PostgresFact]
    public async Task EveryMessage_IsAnswered_WhileRequestsAlternateBetweenReplicas_AndAfterOneIsKilled()
    {
        WebTestPrerequisites.RequireBrowser();
        await using var replicas = await ReplicaSet.StartAsync(3, loadSample: true);
        await using var proxy = await RoundRobinProxy.StartAsync(replicas.Addresses);
        using (var http = new HttpClient { BaseAddress = proxy.Address })
        {
            await TwoReplicaDirectLineTests.WaitForDocumentsAsync(http, atLeast: 1);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebTestPrerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" })).NewPageAsync();
        await page.GotoAsync(proxy.Address.AbsoluteUri);
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.GetByText("I answer questions about diplomatic activity").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var citations = page.Locator($"#webchat a[href*='/articles/{Path.GetFileNameWithoutExtension(ReplicaSet.Sample)}']");
        IReadOnlyList<int> servedBeforeKill = [];
        try
        {
            for (var i = 0; i < Questions.Length; i++)
            {
                if (i == 2)
                {
                    servedBeforeKill = proxy.DirectLineServed;
                    await replicas.KillAsync(1);
                }

                var answered = await citations.CountAsync();
                await input.FillAsync(Questions[i]);
                await input.PressAsync("Enter");
                await WaitUntilAsync(async () => await citations.CountAsync() > answered, TimeSpan.FromSeconds(60), $"message {i + 1} ({Questions[i]}) was not answered");
            }
        }
        finally
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-load-balanced.png") });
        }

        Assert.All(servedBeforeKill, served => Assert.True(served > 0, "a replica served no Direct Line request: " + string.Join(", ", servedBeforeKill)));
        Assert.Equal(3, servedBeforeKill.Count);
        Assert.Contains("브뤼셀", await page.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail(failure);
    }
}
