namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>Tests that share one <see cref="ModelBackedServer"/> (its sample articles load once).</summary>
[CollectionDefinition(Name)]
public sealed class ModelBackedServerCollection : ICollectionFixture<ModelBackedServer>
{
    public const string Name = "Model-backed server";
}
