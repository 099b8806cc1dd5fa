using DiploAssistant.Core.Tests.TestSupport;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>
/// The real server and core over the sample articles, answering with a chat model: the loopback OpenAI-compatible fake
/// of the model contract tests, which each test scripts before it asks. Streamed updates go out as each piece arrives
/// (<c>Bot:StreamingIntervalSeconds</c> 0) and the informative one is not repeated, so the sequences tests expect are exact. Shared by the tests of
/// <see cref="ModelBackedServerCollection"/>, which run one after another; each uses its own conversation.
/// </summary>
public sealed class ModelBackedServer : IAsyncLifetime
{
    private readonly FakeOpenAIServer _model = new();

    /// <summary>The fake model to script for this test: what an earlier test scripted (the last reply repeats) is forgotten.</summary>
    internal FakeOpenAIServer ScriptModel() => _model.ResetScripts();

    internal DiploServerFactory Factory { get; private set; } = null!;

    internal RecordingConnectorClient Connector { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl };

    public async Task InitializeAsync()
    {
        Factory = new DiploServerFactory(
            new Dictionary<string, string?>
            {
                ["Chat:Provider"] = "OpenAICompatible",
                ["Chat:Endpoint"] = _model.BaseUrl.AbsoluteUri,
                ["Chat:Model"] = "test-model",
                ["Chat:MaxRetries"] = "0",
                ["Bot:StreamingIntervalSeconds"] = "0",
                ["Bot:TypingIntervalSeconds"] = "60", // no repeated informative update while the fake model answers
            },
            realCore: true)
        {
            Connector = Connector,
        };
        BaseUrl = Factory.StartOnLoopback();
        using var client = CreateClient();
        await SampleData.WaitUntilLoadedAsync(client);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _model.DisposeAsync();
    }
}
