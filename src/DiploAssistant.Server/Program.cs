using DiploAssistant.Server.Hosting;

DiploServer.Build(new WebApplicationOptions { Args = args }).Run();
