using System.Text.Json.Nodes;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns;

namespace DiploAssistant.Bot.Tests.Turns;

public sealed class LoadingPermissionTests
{
    [Fact]
    public void NobodyMayLoad_WhenTheListIsEmpty() =>
        Assert.False(LoadingPermission.IsAllowed(TeamsActivity("aad-1", "tenant-1"), []));

    [Theory]
    [InlineData("aad-1")]
    [InlineData("29:user-1")]
    [InlineData("TENANT-1")]
    [InlineData(" tenant-1 ")]
    public void AListedUserOrTenant_MayLoad(string listed) =>
        Assert.True(LoadingPermission.IsAllowed(TeamsActivity("aad-1", "tenant-1"), [listed]));

    [Fact]
    public void TheTenantInChannelData_Counts_WhenTheConversationCarriesNone()
    {
        var activity = TeamsActivity("aad-1", null);
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-9" } };

        Assert.True(LoadingPermission.IsAllowed(activity, ["tenant-9"]));
    }

    [Fact]
    public void AnotherTenantsUser_MayNotLoad() =>
        Assert.False(LoadingPermission.IsAllowed(TeamsActivity("aad-2", "tenant-2"), ["aad-1", "tenant-1", " "]));

    [Fact]
    public void ASelfAssertedDirectLineUser_MayNotLoad_EvenWhenTheIdIsListed()
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "directline", From = new ChannelAccount { Id = "dl_admin" } };

        Assert.False(LoadingPermission.IsAllowed(activity, ["dl_admin"], identityVouchedFor: false));
        Assert.True(LoadingPermission.IsAllowed(activity, ["*"], identityVouchedFor: false));
    }

    private static Activity TeamsActivity(string aadObjectId, string? tenantId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user-1", AadObjectId = aadObjectId },
        Conversation = new ConversationAccount { Id = "a:1", TenantId = tenantId },
    };
}
