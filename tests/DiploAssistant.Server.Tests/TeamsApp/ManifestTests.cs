using System.Text.Json.Nodes;

namespace DiploAssistant.Server.Tests.TeamsApp;

/// <summary>The Teams app package's manifest is on the current schema (1.22) with the bot Teams needs.</summary>
public sealed class ManifestTests
{
    [Fact]
    public void TheManifest_IsOnSchema122_WithOneBotInEveryScope()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TeamsApp", "manifest.json")))!;

        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal("1.22", (string?)manifest["manifestVersion"]);
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.True(manifest["name"]!["short"]!.GetValue<string>().Length <= 30);
        Assert.True(manifest["description"]!["short"]!.GetValue<string>().Length <= 80);
    }
}
