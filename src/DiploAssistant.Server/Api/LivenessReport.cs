namespace DiploAssistant.Server.Api;

/// <summary>The body of <c>GET /healthz/live</c>.</summary>
public sealed record LivenessReport(string Status);
