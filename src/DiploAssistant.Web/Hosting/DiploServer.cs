using DiploAssistant.Bot;
using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Configuration;
using DiploAssistant.Storage.Postgres.Composition;
using DiploAssistant.Web.Api;
using DiploAssistant.Web.Api.Problems;
using DiploAssistant.Web.Articles;
using DiploAssistant.Web.Limits;

namespace DiploAssistant.Web.Hosting;

/// <summary>
/// The server's composition, shared by its own entry point (<c>dotnet run --project src/DiploAssistant.Server</c>) and by
/// <c>diplo serve</c>: the same services, middleware and endpoints whichever program starts it.
/// </summary>
public static class DiploServer
{
    /// <param name="options">Arguments, content root and web root of the host.</param>
    /// <param name="settings">Settings laid over appsettings.json and the DIPLO_ environment (a command's flags).</param>
    public static WebApplication Build(WebApplicationOptions options, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        builder.Configuration.AddDiploEnvironment();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddDiploAssistantCore(builder.Configuration);
        builder.Services.AddDiploAssistantPostgresStore();
        builder.Services.AddDiploAssistantBot(builder.Configuration);
        builder.Services.AddDiploAssistantApi();
        builder.Services.AddDiploAssistantHosting();
        builder.Services.AddDiploAssistantLimits();

        var app = builder.Build();
        app.UseDiploAssistantProblemDetails();
        app.UseDiploAssistantWeb();
        app.UseDiploAssistantBot();
        app.UseDiploAssistantLimits();
        app.MapBotMessages();
        app.MapDirectLine();
        app.MapDiploAssistantApi();
        app.MapArticlePages();
        return app;
    }
}
