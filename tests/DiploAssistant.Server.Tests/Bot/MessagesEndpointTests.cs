using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Bot;

public sealed class MessagesEndpointTests : IDisposable
{
    private readonly DiploServerFactory _factory = new(new Dictionary<string, string?> { ["Bot:AllowLoadingFor:0"] = "aad-user-1" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ExpectReplies_ReturnsTheAnswerForTeams_WithMarkersAndOneMessageEntity_FieldByField()
    {
        var client = _factory.CreateClient();
        var inbound = Activities.TeamsMessage("Where did Cho Hyun meet Kaja Kallas?");

        var replies = await Activities.PostExpectingRepliesAsync(client, inbound);

        var reply = Assert.Single(replies)!.AsObject();
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal(FakeAskService.AnswerText, (string?)reply["text"]);
        Assert.Equal("markdown", (string?)reply["textFormat"]);
        Assert.Equal("1718000000000", (string?)reply["replyToId"]);
        Assert.Equal("msteams", (string?)reply["channelId"]);
        Assert.Equal("https://smba.trafficmanager.net/amer/", (string?)reply["serviceUrl"]);
        Assert.Equal(Activities.BotId, (string?)reply["from"]!["id"]);
        Assert.Equal("29:user-1", (string?)reply["recipient"]!["id"]);
        Assert.Equal("a:1xyz;messageid=1718000000000", (string?)reply["conversation"]!["id"]);
        Assert.Equal("tenant-1", (string?)reply["conversation"]!["tenantId"]);
        Assert.Equal("personal", (string?)reply["conversation"]!["conversationType"]);
        Assert.Equal("default", (string?)reply["channelData"]!["feedbackLoop"]!["type"]);

        var entity = Assert.Single(reply["entities"]!.AsArray())!.AsObject();
        Assert.Equal("https://schema.org/Message", (string?)entity["type"]);
        Assert.Equal("Message", (string?)entity["@type"]);
        Assert.Equal("https://schema.org", (string?)entity["@context"]);
        Assert.Equal(string.Empty, (string?)entity["@id"]);
        Assert.Equal("AIGeneratedContent", (string?)Assert.Single(entity["additionalType"]!.AsArray()));

        var claim = Assert.Single(entity["citation"]!.AsArray())!.AsObject(); // [2] is not in the text: dropped
        Assert.Equal("Claim", (string?)claim["@type"]);
        Assert.Equal(1, (int)claim["position"]!);
        var appearance = claim["appearance"]!.AsObject();
        Assert.Equal("DigitalDocument", (string?)appearance["@type"]);
        Assert.Equal(FakeAskService.ArticleUrl, (string?)appearance["url"]);
        var name = (string)appearance["name"]!;
        Assert.True(name.Length <= 80, $"name has {name.Length} characters");
        Assert.StartsWith("The Korea Herald, 2025-06-12 — 한국·EU 고위 외교관들", name, StringComparison.Ordinal);
        Assert.EndsWith("…", name, StringComparison.Ordinal);
        var summary = (string)appearance["abstract"]!;
        Assert.True(summary.Length <= 160, $"abstract has {summary.Length} characters");
        Assert.StartsWith("한국 외교부 장관 조현이", summary, StringComparison.Ordinal);
        Assert.Equal(["The Korea Herald", "2025-06-12"], appearance["keywords"]!.AsArray().Select(k => (string?)k));
        Assert.DoesNotContain("[1]: ", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectReplies_ForWebChat_AppendsReferenceDefinitionsMatchingTheClaims()
    {
        var client = _factory.CreateClient();

        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(client, Activities.WebChatMessage("Where did Cho Hyun meet Kaja Kallas?")))!;

        var text = (string)reply["text"]!;
        Assert.StartsWith(FakeAskService.AnswerText, text, StringComparison.Ordinal);
        Assert.Matches($@"\n\n\[1\]: {System.Text.RegularExpressions.Regex.Escape(FakeAskService.ArticleUrl)} ""The Korea Herald, 2025-06-12 — 한국·EU 고위 외교관들[^""]*…""$", text);
        Assert.Equal(1, (int)reply["entities"]![0]!["citation"]![0]!["position"]!);
    }

    [Fact]
    public async Task TeamsMention_OfTheBot_IsStrippedBeforeAsking()
    {
        var client = _factory.CreateClient();
        var inbound = Activities.TeamsMessage("<at>DiploAssistant</at> Where did Cho Hyun meet Kaja Kallas?");
        inbound["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>DiploAssistant</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "DiploAssistant" },
        });

        await Activities.PostExpectingRepliesAsync(client, inbound);

        var request = Assert.Single(_factory.Ask.Requests);
        Assert.Equal("Where did Cho Hyun meet Kaja Kallas?", request.Question);
        Assert.Equal("a:1xyz;messageid=1718000000000", request.ConversationId);
    }

    [Fact]
    public async Task NoAnswer_IsSentAsPlainTextWithoutCitationsOrFeedbackButtons()
    {
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), Activities.TeamsMessage("nothing about Mars?")))!;

        Assert.Equal("I found nothing about that in the loaded articles.\n\nno relevant articles", (string?)reply["text"]);
        Assert.Null(reply["entities"]![0]!["citation"]);
        Assert.Null(reply["channelData"]);
    }

    [Fact]
    public async Task Help_ListsExampleQuestionsAndCommands()
    {
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), Activities.TeamsMessage("help")))!;

        Assert.Contains("Where did Cho Hyun meet Kaja Kallas?", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Contains("**출처** (sources)", (string?)reply["text"], StringComparison.Ordinal); // the activity's locale is ko-KR
        Assert.DoesNotContain("not enabled", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task Sources_ReportsCountsAndTheNewestArticles()
    {
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), Activities.TeamsMessage("sources")))!;

        var text = (string)reply["text"]!;
        Assert.StartsWith("기사 2건(단락 6개)을 불러왔습니다. 가장 최근 기사는 2026-02-11에 나왔습니다.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("2+2", StringComparison.Ordinal) < text.IndexOf("한국·EU", StringComparison.Ordinal), "newest first");
    }

    [Fact]
    public async Task ConversationUpdate_WelcomesAnAddedUser_ButNotTheBotAlone()
    {
        var client = _factory.CreateClient();
        var userAdded = Activities.WebChatMessage(string.Empty);
        userAdded["type"] = "conversationUpdate";
        userAdded["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:user-1" });
        var botAdded = Activities.WebChatMessage(string.Empty);
        botAdded["type"] = "conversationUpdate";
        botAdded["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });

        var welcome = Assert.Single(await Activities.PostExpectingRepliesAsync(client, userAdded))!;
        var nothing = await Activities.PostExpectingRepliesAsync(client, botAdded);

        Assert.StartsWith("안녕하세요! DiploAssistant입니다.", (string?)welcome["text"], StringComparison.Ordinal); // locale ko-KR
        Assert.Null(welcome["replyToId"]); // no replyToId for conversationUpdate on Web Chat channels
        Assert.Empty(nothing);
    }

    [Fact]
    public async Task FeedbackInvoke_IsAcceptedWithAnEmptyBody()
    {
        var invoke = Activities.TeamsMessage(string.Empty, expectReplies: false);
        invoke["type"] = "invoke";
        invoke["name"] = "message/submitAction";
        invoke["replyToId"] = "answer-1";
        invoke["value"] = JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{\"feedbackText\":\"Helpful\"}"}}""");

        using var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(invoke));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownInvoke_Gets501()
    {
        var invoke = Activities.TeamsMessage(string.Empty, expectReplies: false);
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";

        using var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(invoke));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task AMessage_IsAcceptedAt_Once_AndAnsweredInTheBackground_WithTypingFirst()
    {
        var connector = new RecordingConnectorClient();
        using var factory = new DiploServerFactory { Connector = connector };

        using var response = await factory.CreateClient().PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("Where did Cho Hyun meet Kaja Kallas?", expectReplies: false)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sent = await WaitForAsync(() => connector.Sent.Any(a => a.Type == "message") ? connector.Sent.ToList() : null);
        Assert.Equal("typing", sent[0].Type);
        Assert.Null(sent[0].ReplyToId);
        var answer = sent.Single(a => a.Type == "message");
        Assert.Equal(FakeAskService.AnswerText, answer.Text);
        Assert.Equal("1718000000000", answer.ReplyToId);
    }

    [Fact]
    public async Task AFailingAnswer_GetsAPoliteReply_NotACrash()
    {
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), Activities.TeamsMessage("please crash")))!;

        Assert.StartsWith("Sorry — something went wrong", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_Gets400()
    {
        using var response = await _factory.CreateClient().PostAsync("/api/messages", new StringContent("{\"type\": \"message\",", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"type\": \"\"}")]
    [InlineData("[1, 2]")]
    [InlineData("\"message\"")]
    public async Task ABodyWithoutAType_Gets400(string body)
    {
        using var response = await _factory.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AWrongContentType_Gets415()
    {
        using var response = await _factory.CreateClient().PostAsync("/api/messages", new StringContent(Activities.TeamsMessage("hi").ToJsonString(), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task AHugeBody_Gets413()
    {
        var huge = Activities.TeamsMessage(new string('x', 2 * 1024 * 1024));

        using var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task AnUnknownActivityType_IsAcceptedAndIgnored()
    {
        var unknown = Activities.TeamsMessage("hi");
        unknown["type"] = "somethingNew";

        var replies = await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), unknown);

        Assert.Empty(replies);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task OtherMethods_Get405()
    {
        using var response = await _factory.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A100KilobyteQuestion_GetsAPoliteReply_AndIsNotAsked()
    {
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), Activities.TeamsMessage(new string('가', 100 * 1024 / 3))))!;

        Assert.StartsWith("Your question is too long", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task LoadingAPrivateAddress_GetsAPoliteFailure_AndTheStoreIsUnchanged()
    {
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), Activities.TeamsMessage("load http://169.254.169.254/latest/meta-data")))!;

        var text = (string)reply["text"]!;
        Assert.StartsWith("Added 0, updated 0, unchanged 0, failed 1.", text, StringComparison.Ordinal);
        Assert.Contains("private", text, StringComparison.Ordinal);
        Assert.Equal(2, _factory.Store.Count);
    }

    [Fact]
    public async Task LoadingAUrl_ReportsWhatWasAdded_WhenTheUserIsAllowed()
    {
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), Activities.TeamsMessage("load https://news.example.test/a")))!;

        Assert.Equal("Added 1, updated 0, unchanged 0, failed 0.\n- added: Loaded web article", (string?)reply["text"]);
    }

    [Fact]
    public async Task LoadingAUrl_IsRefusedPolitely_WhenTheUserIsNotAllowed()
    {
        var inbound = Activities.TeamsMessage("load https://news.example.test/a");
        inbound["from"]!["aadObjectId"] = "someone-else";
        inbound["from"]!["id"] = "29:someone-else";
        inbound["channelData"]!["tenant"]!["id"] = "other-tenant";
        inbound["conversation"]!["tenantId"] = "other-tenant";

        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), inbound))!;

        Assert.StartsWith("Loading articles from chat is not enabled for you.", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Empty(_factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task AnUnsupportedAttachment_IsSkippedWithAReason()
    {
        var inbound = Activities.TeamsMessage(string.Empty);
        inbound["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = "slides.pptx",
            ["content"] = new JsonObject { ["downloadUrl"] = "https://contoso.sharepoint.com/x", ["fileType"] = "pptx" },
        });

        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(_factory.CreateClient(), inbound))!;

        Assert.Contains("slides.pptx: skipped", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Empty(_factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task WithAnAppId_ARequestWithoutAToken_Gets401WithAnEmptyBody()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "bot-app-id",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant-1",
        });

        using var response = await factory.CreateClient().PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("hi")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(factory.Ask.Requests);
    }

    [Fact]
    public async Task WithAuthenticationOff_ARequestCarryingAToken_Gets401()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "a.b.c");

        using var response = await client.PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("hi")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WithAServiceUrlAllowList_AnActivityFromAnotherHost_Gets400()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["Bot:AllowedServiceUrlHosts:0"] = "botframework.com" });

        using var response = await factory.CreateClient().PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("hi")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : class
    {
        for (var i = 0; i < 100; i++)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the background turn did not finish in 5 s");
    }
}
