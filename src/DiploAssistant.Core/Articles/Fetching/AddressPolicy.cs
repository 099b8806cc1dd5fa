using System.Net;
using System.Net.Sockets;

namespace DiploAssistant.Core.Articles.Fetching;

/// <summary>
/// Decides which resolved addresses a URL fetch may connect to. By default only public unicast addresses:
/// loopback, private, link-local (cloud metadata 169.254.169.254), CGNAT, multicast and reserved ranges are refused (SSRF).
/// </summary>
internal sealed class AddressPolicy(bool allowPrivateAddresses, IEnumerable<string> allowedHosts)
{
    private readonly HashSet<string> _allowedHosts = new(allowedHosts, StringComparer.OrdinalIgnoreCase);

    public bool IsHostAlwaysAllowed(string host) => allowPrivateAddresses || _allowedHosts.Contains(host);

    public bool IsAllowed(IPAddress address) => allowPrivateAddresses || IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 ||                                   // "this" network
        b[0] == 10 ||                                  // private
        b[0] == 127 ||                                 // loopback
        (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||  // carrier-grade NAT
        (b[0] == 169 && b[1] == 254) ||                // link-local, cloud metadata
        (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||   // private
        (b[0] == 192 && b[1] == 0 && b[2] == 0) ||     // IETF protocol assignments
        (b[0] == 192 && b[1] == 168) ||                // private
        (b[0] == 198 && (b[1] == 18 || b[1] == 19)) || // benchmarking
        b[0] >= 224);                                  // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address) ||
            address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        var isNat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b; // 64:ff9b::/96 embeds an IPv4 address
        if (isNat64)
        {
            return IsPublicV4(b[12..]);
        }

        var isIpv4Compatible = b.Take(12).All(x => x == 0); // ::a.b.c.d (deprecated) embeds an IPv4 address
        return isIpv4Compatible ? IsPublicV4(b[12..]) : true;
    }
}
