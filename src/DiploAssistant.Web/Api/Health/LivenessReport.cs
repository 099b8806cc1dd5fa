namespace DiploAssistant.Web.Api.Health;

/// <summary>The body of <c>GET /healthz/live</c>.</summary>
public sealed record LivenessReport(string Status);
