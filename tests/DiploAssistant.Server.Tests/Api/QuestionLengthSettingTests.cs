using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api;

/// <summary>One question length limit, <c>Answering:MaxQuestionCharacters</c>, for the API and the chat channels alike.</summary>
public sealed class QuestionLengthSettingTests
{
    [Fact]
    public async Task AnswersMaxQuestionCharacters_LimitsApiAsk()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["Answering:MaxQuestionCharacters"] = "40" });

        using var response = await factory.CreateClient().PostAsJsonAsync("/api/ask", new { question = new string('x', 41) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("The question is too long", (string?)problem!["title"]);
        Assert.Contains("the limit is 40", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot:MaxQuestionCharacters")]
    [InlineData("Api:MaxQuestionCharacters")]
    public void AnOldPerChannelSetting_StopsTheServerAtStart_NamingTheNewOne(string oldKey)
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { [oldKey] = "500" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Answering:MaxQuestionCharacters", error.ToString(), StringComparison.Ordinal);
    }
}
