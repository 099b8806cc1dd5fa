using DiploAssistant.Bot.DirectLine;
using DiploAssistant.Bot.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DiploAssistant.Bot;

/// <summary>Maps <c>POST /api/messages</c> and the <c>/v3/directline</c> endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>WebSockets (the Direct Line stream) and CORS for Direct Line; call before the Map methods.</summary>
    public static IApplicationBuilder UseDiploAssistantBot(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) }).UseCors();
    }

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost("/api/messages", (HttpContext http, BotMessagesEndpoint endpoint) => endpoint.HandleAsync(http))
            .DisableAntiforgery()
            .WithName("BotMessages");
    }

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(DirectLineConstants.RoutePrefix).RequireCors(DirectLineConstants.CorsPolicy).DisableAntiforgery();
        group.MapPost("/tokens/generate", (HttpContext http, DirectLineEndpoints dl) => dl.GenerateTokenAsync(http));
        group.MapPost("/tokens/refresh", (HttpContext http, DirectLineEndpoints dl) => dl.RefreshTokenAsync(http));
        group.MapPost("/conversations", (HttpContext http, DirectLineEndpoints dl) => dl.StartConversationAsync(http));
        group.MapGet("/conversations/{conversationId}", (HttpContext http, string conversationId, DirectLineEndpoints dl) =>
            dl.ReconnectAsync(http, conversationId));
        group.MapPost("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineEndpoints dl) =>
            dl.PostActivityAsync(http, conversationId));
        group.MapGet("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, string? watermark, DirectLineEndpoints dl) =>
            dl.GetActivitiesAsync(http, conversationId, watermark));
        group.MapPost("/conversations/{conversationId}/upload", (string conversationId) => DirectLineEndpoints.Upload());
        group.MapGet("/conversations/{conversationId}/stream", (HttpContext http, string conversationId, DirectLineStream stream) =>
            stream.AcceptAsync(http, conversationId));
        return group;
    }
}
