using DiploAssistant.Web.Hosting;

// The content root and the web root are the folder of this program, not the working directory: the build and publish
// outputs carry appsettings.json and wwwroot (the page and the Web Chat bundle), so `dotnet DiploAssistant.Server.dll`
// serves the page from wherever it is started.
DiploServer.Build(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
}).Run();
