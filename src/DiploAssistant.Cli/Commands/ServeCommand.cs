using System.CommandLine;
using DiploAssistant.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace DiploAssistant.Cli.Commands;

/// <summary>
/// <c>diplo serve [--store DIR] [--urls URLS]</c>: the server (web chat, Direct Line, Bot Framework endpoint, HTTP API) over a
/// store, as it is: unlike <c>dotnet run</c> on the server project it loads no sample articles into it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var urls = new Option<string?>("--urls") { Description = "Where to listen, e.g. http://localhost:5000 (default: ASPNETCORE_URLS or http://localhost:5000)." };
        var command = new Command("serve", "Serve the web chat, the Bot Framework endpoint and the HTTP API over the store.") { store, urls };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?> { ["Server:LoadSampleData"] = "false" };
            if (result.GetValue(store) is { Length: > 0 } path)
            {
                settings["Store:Path"] = path;
            }

            var options = new WebApplicationOptions
            {
                Args = result.GetValue(urls) is { Length: > 0 } listen ? ["--urls", listen] : [],
                ContentRootPath = AppContext.BaseDirectory,
                WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            };
            await using var app = DiploServer.Build(options, settings);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync($"Serving on {string.Join(", ", app.Urls)}; Ctrl+C stops.").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
