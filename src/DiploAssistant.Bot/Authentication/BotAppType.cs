namespace DiploAssistant.Bot.Authentication;

/// <summary>How the bot identifies itself to Azure Bot Service (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
