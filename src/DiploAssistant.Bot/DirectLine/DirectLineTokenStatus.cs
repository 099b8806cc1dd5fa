namespace DiploAssistant.Bot.DirectLine;

internal enum DirectLineTokenStatus
{
    Valid,
    Missing,
    Invalid,
    Expired,
}
