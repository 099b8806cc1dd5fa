using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Authentication;

/// <summary>Fails start-up when the app type's required settings are missing (spec §6), naming the setting.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppType)
            && !Enum.TryParse<BotAppType>(options.MicrosoftAppType, ignoreCase: true, out _))
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        }

        if (options.AuthenticationEnabled)
        {
            var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
            var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
            switch (options.AppType)
            {
                case BotAppType.MultiTenant when !hasPassword:
                    failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (MultiTenant).");
                    break;
                case BotAppType.SingleTenant when !hasPassword || !hasTenant:
                    failures.Add("MicrosoftAppPassword and MicrosoftAppTenantId are required for MicrosoftAppType SingleTenant.");
                    break;
                case BotAppType.UserAssignedMSI when hasPassword || !hasTenant:
                    failures.Add("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId and an empty MicrosoftAppPassword.");
                    break;
            }
        }
        else if (options.AppType == BotAppType.UserAssignedMSI)
        {
            failures.Add("MicrosoftAppId (the managed identity's client id) is required for MicrosoftAppType UserAssignedMSI.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
