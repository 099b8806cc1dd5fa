namespace DiploAssistant.Cli.Tests;

/// <summary>Tests that set process environment variables run alone, so they cannot leak settings into other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
