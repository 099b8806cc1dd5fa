namespace DiploAssistant.Cli.Tests;

[Collection(EnvironmentCollection.Name)]
public sealed class ConfigurationTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("DIPLO_Ingestion__ChunkCharacters", null);
        _cli.Dispose();
    }

    [Fact]
    public async Task InvalidSetting_StopsTheCommand_NamingTheSetting()
    {
        Environment.SetEnvironmentVariable("DIPLO_Ingestion__ChunkCharacters", "5");

        var (code, _, error) = await _cli.RunAsync("list");

        Assert.Equal(2, code);
        Assert.Contains("ChunkCharacters", error, StringComparison.Ordinal);
    }
}
