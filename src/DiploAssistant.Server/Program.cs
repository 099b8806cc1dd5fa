using DiploAssistant.Bot;
using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Configuration;
using DiploAssistant.Server.Api;
using DiploAssistant.Server.Hosting;
using DiploAssistant.Server.Limits;
using DiploAssistant.Storage.Postgres.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddDiploEnvironment();

builder.Services.AddDiploAssistantCore(builder.Configuration);
builder.Services.AddDiploAssistantPostgresStore();
builder.Services.AddDiploAssistantBot(builder.Configuration);
builder.Services.AddDiploAssistantApi();
builder.Services.AddDiploAssistantHosting();
builder.Services.AddDiploAssistantLimits();

var app = builder.Build();

app.UseDiploAssistantWeb();
app.UseDiploAssistantBot();
app.UseDiploAssistantLimits();
app.MapBotMessages();
app.MapDirectLine();
app.MapDiploAssistantApi();

app.Run();
