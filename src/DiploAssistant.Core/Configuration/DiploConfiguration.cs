using Microsoft.Extensions.Configuration;

namespace DiploAssistant.Core.Configuration;

/// <summary>
/// The configuration every host reads, in DESIGN.md's order: appsettings.json, then <c>DIPLO_</c> environment variables
/// (<c>DIPLO_Chat__Endpoint</c>; <c>DIPLO_STORE</c> is the store directory), then command-line overrides.
/// </summary>
public static class DiploConfiguration
{
    public const string EnvironmentPrefix = "DIPLO_";

    /// <summary>The shorthand for <c>Store:Path</c> that the CLI documents.</summary>
    public const string StoreEnvironmentVariable = "DIPLO_STORE";

    /// <summary>Adds the DIPLO_ environment layer, mapping <c>DIPLO_STORE</c> onto <c>Store:Path</c>.</summary>
    public static IConfigurationBuilder AddDiploEnvironment(this IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        var store = Environment.GetEnvironmentVariable(StoreEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(store))
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>("Store:Path", store)]);
        }

        return builder;
    }
}
