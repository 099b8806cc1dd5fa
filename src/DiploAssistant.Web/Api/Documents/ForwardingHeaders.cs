namespace DiploAssistant.Web.Api.Documents;

/// <summary>
/// Headers a proxy adds when it passes a request on: any one of them means the loopback connection is a proxy's, not this
/// machine's user (the standard <c>Forwarded</c>, every <c>X-Forwarded-*</c>, <c>X-Real-IP</c>, <c>Via</c> and the
/// client-address headers of common proxies and CDNs).
/// </summary>
internal static class ForwardingHeaders
{
    private static readonly string[] Names =
    [
        "Forwarded", "X-Real-IP", "Via", "X-Client-IP", "True-Client-IP", "CF-Connecting-IP", "Fastly-Client-IP",
        "X-Cluster-Client-IP", "X-ProxyUser-Ip", "X-Envoy-External-Address", "X-Azure-ClientIP", "X-Azure-SocketIP",
    ];

    private static readonly string[] Prefixes = ["X-Forwarded-", "X-Original-", "Forwarded-"];

    public static bool AnyPresent(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var name in headers.Keys)
        {
            if (Names.Contains(name, StringComparer.OrdinalIgnoreCase)
                || Prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
