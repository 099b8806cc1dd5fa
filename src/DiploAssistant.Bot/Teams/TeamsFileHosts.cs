namespace DiploAssistant.Bot.Teams;

/// <summary>
/// Where Teams keeps the files people send: a <c>file.download.info</c> or <c>contentUrl</c> of a Teams message that points
/// anywhere else is not a Teams file, and is refused before any request is made.
/// </summary>
internal static class TeamsFileHosts
{
    /// <summary>SharePoint and OneDrive (files in chats and channels), Teams' attachment and media services.</summary>
    public static readonly IReadOnlyList<string> Defaults =
    [
        "sharepoint.com", "sharepoint.us", "sharepoint-mil.us", "sharepoint.cn",
        "onedrive.com", "1drv.ms", "1drv.com", "files.1drv.com",
        "teams.microsoft.com", "asm.skype.com", "smba.trafficmanager.net",
    ];

    /// <summary>Whether <paramref name="url"/>'s host is one of <paramref name="configured"/> (or the defaults when none are) or a subdomain of one.</summary>
    public static bool IsAllowed(Uri url, IList<string> configured)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(configured);
        var hosts = configured.Count > 0 ? (IReadOnlyList<string>)[.. configured] : Defaults;
        var host = url.IdnHost.TrimEnd('.');
        return hosts.Any(allowed => host.Equals(allowed, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + allowed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A bare DNS name or IP address: what <c>Bot:TeamsAttachmentHosts</c> may list.</summary>
    public static bool IsValidHostName(string? host) =>
        !string.IsNullOrWhiteSpace(host) && host == host.Trim() && Uri.CheckHostName(host) != UriHostNameType.Unknown;
}
