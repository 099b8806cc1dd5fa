using DiploAssistant.Bot.Activities;
using DiploAssistant.Core.Answering;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// Which language the bot's own texts (welcome, help, sources) are in: Korean when the user's client says so (Web Chat
/// sends the browser's language as the activity's <c>locale</c>, Teams the user's) or the user typed Korean ("도움말").
/// </summary>
internal static class ReplyLanguage
{
    public static bool IsKorean(Activity activity, string? typed = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity.Locale?.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ?? false)
            || (typed is not null && NoAnswerMessages.IsKorean(typed));
    }
}
