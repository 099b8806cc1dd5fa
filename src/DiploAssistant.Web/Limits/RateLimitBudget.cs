namespace DiploAssistant.Web.Limits;

/// <summary>Which per-IP budget a request spends (see <see cref="RateLimitOptions"/>).</summary>
internal enum RateLimitBudget
{
    None,
    Api,
    DirectLine,
    DirectLineReads,
    Channel,
}
