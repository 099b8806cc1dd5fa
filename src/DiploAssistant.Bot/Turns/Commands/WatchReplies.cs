using System.Globalization;
using System.Text;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Watches;

namespace DiploAssistant.Bot.Turns.Commands;

/// <summary>The watch commands' replies, in Korean or English; lists are "• " paragraphs as in <see cref="BotReplies"/>.</summary>
internal static class WatchReplies
{
    public static string Usage(bool korean) => korean
        ? "무엇을 감시할지 적어 주세요. 예: **감시 반도체 협력**, **watch Korea NATO**. 목록은 **감시 목록**, 중단은 **감시 해제 1**."
        : "Say what to watch, e.g. **watch Korea NATO** or **감시 반도체 협력**. Type **watches** to list them and **unwatch 1** to stop one.";

    public static string Added(WatchAddition addition, WatchOptions options, bool korean)
    {
        ArgumentNullException.ThrowIfNull(addition);
        ArgumentNullException.ThrowIfNull(options);
        var query = addition.Watch is { } watch ? SafeMarkup.Text(watch.Query) : string.Empty;
        var minutes = options.MinMinutesBetweenDigests.ToString("0.#", CultureInfo.InvariantCulture);
        return addition.Refusal switch
        {
            WatchRefusal.None => korean
                ? $"**{query}** 감시를 시작했습니다(감시 {addition.Number}). 새로 불러온 기사가 이 주제에 맞으면 여기에 출처를 밝힌 짧은 요약을 보냅니다(감시마다 최대 {minutes}분에 한 번). 목록은 **감시 목록**, 중단은 **감시 해제 {addition.Number}**."
                : $"Watching **{query}** (watch {addition.Number}). When newly loaded articles match it, I'll post a short cited digest here — at most one every {minutes} minutes per watch. Type **watches** to list them, **unwatch {addition.Number}** to stop.",
            WatchRefusal.AlreadyWatched => korean
                ? $"이미 **{query}**을(를) 감시하고 있습니다(감시 {addition.Number})."
                : $"You already watch **{query}** (watch {addition.Number}).",
            WatchRefusal.TooLong => korean
                ? $"감시할 주제는 {options.MaxQueryCharacters}자까지 적을 수 있습니다. 더 짧게 적어 주세요."
                : $"A watch can be at most {options.MaxQueryCharacters} characters; please say it more briefly.",
            WatchRefusal.TooMany => korean
                ? $"이 대화에는 감시를 {options.MaxWatchesPerConversation}개까지 둘 수 있습니다. **감시 해제 N**으로 하나를 지운 뒤 다시 해 보세요."
                : $"This conversation has {options.MaxWatchesPerConversation} watches, the most it may have; remove one with **unwatch N** first.",
            _ => korean
                ? "감시할 이름이나 주제어를 적어 주세요(‘관계’, ‘협력’ 같은 말만으로는 모든 기사가 맞습니다). 예: **감시 반도체 협력**, **watch Korea NATO**."
                : "Say a name or topic to watch (words such as \"relations\" alone would match every article), e.g. **watch Korea NATO**.",
        };
    }

    public static string List(IReadOnlyList<Watch> watches, bool korean)
    {
        ArgumentNullException.ThrowIfNull(watches);
        if (watches.Count == 0)
        {
            return korean ? "이 대화에는 감시가 없습니다. 예: **감시 반도체 협력**" : "No watches here yet. Try **watch Korea NATO**.";
        }

        var text = new StringBuilder(korean ? "이 대화의 감시:" : "Watches in this conversation:");
        for (var i = 0; i < watches.Count; i++)
        {
            var since = watches[i].CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append("\n\n• ").Append(CultureInfo.InvariantCulture, $"{i + 1}. **{SafeMarkup.Text(watches[i].Query)}**")
                .Append(korean ? $" — {since}부터" : $" — since {since}");
        }

        return text.Append("\n\n").Append(korean ? "중단하려면 **감시 해제 N**." : "Type **unwatch N** to stop one.").ToString();
    }

    public static string Removed(Watch watch, bool korean)
    {
        ArgumentNullException.ThrowIfNull(watch);
        var query = SafeMarkup.Text(watch.Query);
        return korean ? $"**{query}** 감시를 멈췄습니다." : $"Stopped watching **{query}**.";
    }

    public static string NotFound(string number, bool korean) => korean
        ? $"감시 {SafeMarkup.Text(number)}이(가) 없습니다. **감시 목록**으로 번호를 확인하세요."
        : $"There is no watch {SafeMarkup.Text(number)} here; type **watches** to see their numbers.";
}
