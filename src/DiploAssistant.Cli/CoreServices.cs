using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Configuration;
using DiploAssistant.Storage.Postgres.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Cli;

/// <summary>Builds the core services for one CLI run from appsettings.json, DIPLO_ variables and the command's flags.</summary>
internal static class CoreServices
{
    public static ServiceProvider Create(string? storeOverride)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddDiploEnvironment();
        if (!string.IsNullOrWhiteSpace(storeOverride))
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>("Store:Path", storeOverride)]);
        }

        var configuration = builder.Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                // stdout carries results (JSON for machines); every log line goes to stderr.
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddDiploAssistantCore(configuration)
            .AddDiploAssistantPostgresStore()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        // Fail before any work when a setting is invalid (the options are registered with ValidateOnStart).
        services.GetService<IStartupValidator>()?.Validate();
        return services;
    }
}
