using DiploAssistant.Bot;
using DiploAssistant.Core.Composition;
using DiploAssistant.Server.Api;
using DiploAssistant.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables("DIPLO_");

builder.Services.AddDiploAssistantCore(builder.Configuration);
builder.Services.AddDiploAssistantBot(builder.Configuration);
builder.Services.AddDiploAssistantApi();
builder.Services.AddDiploAssistantHosting();

var app = builder.Build();

app.UseDiploAssistantWeb();
app.UseDiploAssistantBot();
app.MapBotMessages();
app.MapDirectLine();
app.MapDiploAssistantApi();

app.Run();
