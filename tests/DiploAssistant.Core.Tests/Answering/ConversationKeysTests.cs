using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class ConversationKeysTests
{
    [Theory]
    [InlineData("19:teamchannel@thread.tacv2")]
    [InlineData("a:1xyz;messageid=1718000000000")]
    [InlineData("dl_4f1c")]
    public void ForChannel_KeepsAChatsOwnId(string id) => Assert.Equal(id, ConversationKeys.ForChannel(id));

    [Fact]
    public void ForApi_PutsTheCallersIdInTheApiNamespace() => Assert.Equal("api:19:teamchannel@thread.tacv2", ConversationKeys.ForApi("19:teamchannel@thread.tacv2"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ForApi_GivesNoKey_WithoutAnId(string? id) => Assert.Null(ConversationKeys.ForApi(id));

    [Theory]
    [InlineData("api:mine")]
    [InlineData("channel:api:mine")]
    [InlineData("channel:x")]
    public void ForChannel_NeverGivesAnApiKey_NorTheKeyOfAnotherChat(string id)
    {
        var key = ConversationKeys.ForChannel(id)!;

        Assert.False(key.StartsWith("api:", StringComparison.Ordinal));
        string[] others = ["api:mine", "channel:api:mine", "channel:x", "x", "mine"];
        Assert.All(others.Where(o => o != id), other => Assert.NotEqual(key, ConversationKeys.ForChannel(other)));
    }
}
