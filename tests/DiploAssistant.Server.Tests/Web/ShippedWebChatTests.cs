using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Playwright;

namespace DiploAssistant.Server.Tests.Web;

/// <summary>
/// The Web Chat bundle ships with the server: the committed npm file reaches the build and publish outputs, and a server
/// started from either, from any working directory, serves a working page with no request leaving this machine.
/// </summary>
public sealed class ShippedWebChatTests : IDisposable
{
    private const string Sample = "000_2028b9ba857662b1.txt";
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "diplo-shipped-webchat-" + Guid.NewGuid().ToString("N"));

    public ShippedWebChatTests() => Directory.CreateDirectory(_scratch);

    private static string RecordedHash =>
        File.ReadAllText(Path.Combine(WebTestPrerequisites.RepositoryRoot, "scripts", "webchat", "webchat.js.sha512")).Split(' ')[0];

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // a server still closing its store; the temp folder is left behind
        }
    }

    [Fact]
    public void TheCommittedBundle_IsTheRecordedWebChatRelease_WithItsLicenses()
    {
        var root = WebTestPrerequisites.RepositoryRoot;
        var lib = Path.Combine(root, "src", "DiploAssistant.Web", "wwwroot", "lib");
        using var lockfile = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "scripts", "webchat", "package-lock.json")));
        var locked = lockfile.RootElement.GetProperty("packages").GetProperty("node_modules/botframework-webchat");

        Assert.Equal("4.18.1", locked.GetProperty("version").GetString());
        Assert.StartsWith("sha512-", locked.GetProperty("integrity").GetString(), StringComparison.Ordinal);
        Assert.Equal(RecordedHash, Sha512(File.ReadAllBytes(Path.Combine(lib, "webchat.js"))));
        Assert.Contains("MIT License", File.ReadAllText(Path.Combine(lib, "botframework-webchat.LICENSE.txt")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(lib, "webchat.js.LICENSE.txt")));
    }

    [Fact]
    public async Task ACopyOfTheBuildOutput_StartedElsewhere_ServesWebChatItself_AndAnswers()
    {
        WebTestPrerequisites.RequireBrowser();
        var app = CopyFolder(BuiltServer.OutputFolder, Path.Combine(_scratch, "app"));
        await using var server = await StartAsync(Path.Combine(app, "DiploAssistant.Server.dll"), loadSample: true);
        using var http = new HttpClient { BaseAddress = server.Address };
        await WaitForDocumentsAsync(http);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebTestPrerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var leftTheMachine = new List<string>();
        // Everything not on loopback is refused and recorded: the CDN, fonts, telemetry.
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).IsLoopback)
            {
                await route.ContinueAsync();
                return;
            }

            lock (leftTheMachine)
            {
                leftTheMachine.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });
        var failed = new List<string>();
        var page = await context.NewPageAsync();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (failed)
                {
                    failed.Add(response.Status + " " + response.Url);
                }
            }
        };
        var bundle = page.WaitForResponseAsync(r => r.Url.EndsWith("/lib/webchat.js", StringComparison.Ordinal));

        await page.GotoAsync(server.Address.AbsoluteUri);
        var bundleResponse = await bundle;
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.GetByText("I answer questions about diplomatic activity").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 }); // connected
        await input.FillAsync("Where did Cho Hyun meet Kaja Kallas?");
        await input.PressAsync("Enter");
        try
        {
            await page.Locator("#webchat").GetByText("브뤼셀").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        }
        finally
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-build-output.png") });
        }

        Assert.Equal(200, bundleResponse.Status);
        Assert.Equal(server.Address.Authority, new Uri(bundleResponse.Url).Authority);
        Assert.Empty(leftTheMachine);
        Assert.Empty(failed);
    }

    [Fact]
    public async Task ThePublishOutput_StartedElsewhere_ServesThePageTheBundleAndTheIcon()
    {
        var output = Path.Combine(_scratch, "published");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var project = Path.Combine(WebTestPrerequisites.RepositoryRoot, "src", "DiploAssistant.Server");
        await RunAsync("dotnet", ["publish", project, "-c", configuration, "--no-build", "-o", output]);
        await using var server = await StartAsync(Path.Combine(output, "DiploAssistant.Server.dll"), loadSample: false);
        using var http = new HttpClient { BaseAddress = server.Address };

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var bundle = await http.GetByteArrayAsync(new Uri("/lib/webchat.js", UriKind.Relative));
        using var icon = await http.GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        Assert.Contains("/js/app.js", page, StringComparison.Ordinal);
        Assert.Equal(RecordedHash, Sha512(bundle));
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
    }

    private async Task<BuiltServer> StartAsync(string serverDll, bool loadSample)
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_scratch, "elsewhere-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        return await BuiltServer.StartAsync(serverDll, elsewhere, new Dictionary<string, string>
        {
            ["DIPLO_Store__Path"] = Path.Combine(_scratch, "store-" + Guid.NewGuid().ToString("N")[..8]),
            ["DIPLO_Server__LoadSampleData"] = loadSample ? "true" : "false",
            ["DIPLO_Server__SampleDataPath"] = Path.Combine(WebTestPrerequisites.RepositoryRoot, "data", Sample),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        });
    }

    private static async Task WaitForDocumentsAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var documents = await http.GetFromJsonAsync<JsonElement>("api/documents");
            var list = documents.ValueKind == JsonValueKind.Array ? documents : documents.GetProperty("documents");
            if (list.GetArrayLength() > 0)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail("The sample article was not loaded within 60 s of the server's start.");
    }

    private static string CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {await output} {await error}");
    }

    private static string Sha512(byte[] bytes) => Convert.ToHexStringLower(SHA512.HashData(bytes));
}
