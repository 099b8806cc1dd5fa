namespace DiploAssistant.Bot.Authentication;

/// <summary>
/// Bot Framework settings, read from the configuration root with the SDK's names (<c>MicrosoftAppId</c>…).
/// No app id means authentication is off (local use only).
/// </summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>https://botframework.azure.us</c> selects US Gov endpoints; empty is the public cloud.</summary>
    public string? ChannelService { get; set; }

    public string? ToBotFromChannelTokenIssuer { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    /// <summary>The MSAL authority for outbound tokens; the default depends on the app type.</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    public bool ValidateAuthority { get; set; } = true;

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public BotAppType AppType =>
        Enum.TryParse<BotAppType>(MicrosoftAppType, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : BotAppType.MultiTenant;

    private bool IsGovernment =>
        string.Equals(ChannelService?.TrimEnd('/'), AuthenticationConstants.GovChannelService, StringComparison.OrdinalIgnoreCase);

    public string ChannelIssuer => NonEmpty(ToBotFromChannelTokenIssuer)
        ?? (IsGovernment ? AuthenticationConstants.GovChannelIssuer : AuthenticationConstants.PublicChannelIssuer);

    public string ChannelMetadataUrl => NonEmpty(ToBotFromChannelOpenIdMetadataUrl)
        ?? (IsGovernment ? AuthenticationConstants.GovChannelMetadataUrl : AuthenticationConstants.PublicChannelMetadataUrl);

    public string EmulatorMetadataUrl => NonEmpty(ToBotFromEmulatorOpenIdMetadataUrl)
        ?? (IsGovernment ? AuthenticationConstants.GovEmulatorMetadataUrl : AuthenticationConstants.PublicEmulatorMetadataUrl);

    public string OAuthScope
    {
        get
        {
            var scope = NonEmpty(ToChannelFromBotOAuthScope)
                ?? (IsGovernment ? AuthenticationConstants.GovOAuthScope : AuthenticationConstants.PublicOAuthScope);
            return scope.EndsWith("/.default", StringComparison.Ordinal) ? scope : scope.TrimEnd('/') + "/.default";
        }
    }

    /// <summary>The authority for client credentials: botframework.com's tenant (multi-tenant) or the bot's own.</summary>
    public string LoginAuthority
    {
        get
        {
            if (NonEmpty(ToChannelFromBotLoginUrl) is { } configured)
            {
                return configured.TrimEnd('/');
            }

            var instance = IsGovernment ? AuthenticationConstants.GovLoginInstance : AuthenticationConstants.PublicLoginInstance;
            var multiTenant = IsGovernment ? AuthenticationConstants.GovMultiTenantBotTenant : AuthenticationConstants.MultiTenantBotTenant;
            var tenant = AppType == BotAppType.MultiTenant ? multiTenant : MicrosoftAppTenantId;
            return $"{instance}/{tenant}";
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
