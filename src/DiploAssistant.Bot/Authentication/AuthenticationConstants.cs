namespace DiploAssistant.Bot.Authentication;

/// <summary>Public-cloud and US Gov endpoints and issuers (spec §1.3–1.5, §2.1).</summary>
internal static class AuthenticationConstants
{
    public const string PublicChannelIssuer = "https://api.botframework.com";
    public const string PublicChannelMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicEmulatorMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string PublicLoginInstance = "https://login.microsoftonline.com";
    public const string PublicOAuthScope = "https://api.botframework.com/.default";
    public const string MultiTenantBotTenant = "botframework.com";

    public const string GovChannelService = "https://botframework.azure.us";
    public const string GovChannelIssuer = "https://api.botframework.us";
    public const string GovChannelMetadataUrl = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration";
    public const string GovEmulatorMetadataUrl =
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration";
    public const string GovLoginInstance = "https://login.microsoftonline.us";
    public const string GovOAuthScope = "https://api.botframework.us/.default";
    public const string GovMultiTenantBotTenant = "MicrosoftServices.onmicrosoft.us";

    public const string AnonymousAuthType = "anonymous";
    public const string AnonymousSkillAppId = "AnonymousSkill";

    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string AudienceClaim = "aud";
    public const string ServiceUrlClaim = "serviceurl";
    public const string TenantIdClaim = "tid";

    /// <summary>Issuers of Bot Framework Emulator tokens (public and Gov), spec §1.4.</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];
}
