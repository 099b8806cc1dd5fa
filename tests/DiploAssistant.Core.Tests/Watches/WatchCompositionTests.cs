using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Storage.Sqlite.Channels;
using DiploAssistant.Core.Watches;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Watches;

public sealed class WatchCompositionTests
{
    [Theory]
    [InlineData("Watches:MinMinutesBetweenDigests", "-1")]
    [InlineData("Watches:MaxArticlesPerDigest", "0")]
    [InlineData("Watches:MaxWatchesPerConversation", "1000")]
    public async Task AnOutOfRangeWatchSetting_StopsTheStart_NamingIt(string key, string value)
    {
        await using var services = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCore_KeepsWatchesInTheConfiguredStore_WithAnHourBetweenDigestsByDefault()
    {
        await using var services = Build([]);

        Assert.IsType<SqliteWatchStore>(services.GetRequiredService<IWatchStore>());
        Assert.NotNull(services.GetRequiredService<WatchService>());
        Assert.Equal(TimeSpan.FromMinutes(60), services.GetRequiredService<IOptions<WatchOptions>>().Value.MinTimeBetweenDigests);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Store:Path"] = Path.Combine(Path.GetTempPath(), "diplo-watch-composition-" + Guid.NewGuid().ToString("N"));
        return new ServiceCollection().AddDiploAssistantCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
    }
}
