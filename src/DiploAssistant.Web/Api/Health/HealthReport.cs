namespace DiploAssistant.Web.Api.Health;

/// <summary>The body of a healthy <c>GET /healthz</c>.</summary>
public sealed record HealthReport(string Status, int Documents, int Chunks);
