namespace DiploAssistant.Bot.DirectLine;

internal static class DirectLineConstants
{
    public const string ChannelId = "directline";
    public const string RoutePrefix = "/v3/directline";
    public const string CorsPolicy = "DirectLine";
    public const string BotId = "diploassistant";
}
