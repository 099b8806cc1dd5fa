using System.Globalization;
using System.Text.RegularExpressions;
using DiploAssistant.Core.Watches;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns.Commands;

/// <summary>
/// The watch commands of chat: "watch …" / "감시 …" / "워치 …" subscribes the conversation, "watches" / "감시 목록" lists its
/// watches numbered 1, 2, …, and "unwatch N" / "감시 해제 N" removes one (slash forms too). The digests themselves are
/// sent after loads by <see cref="Proactive.WatchDigestSender"/>.
/// </summary>
internal sealed partial class WatchChatCommands(WatchService watches, IOptions<WatchOptions> options)
{
    public async Task<bool> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var conversationId = turn.Activity.Conversation?.Id;
        var korean = ReplyLanguage.IsKorean(turn.Activity, trimmed);
        string? reply = null;
        if (ListCommand().IsMatch(trimmed))
        {
            reply = conversationId is null ? null : WatchReplies.List(await watches.ListAsync(conversationId, cancellationToken).ConfigureAwait(false), korean);
        }
        else if (RemoveCommand().Match(trimmed) is { Success: true } remove)
        {
            reply = conversationId is null ? null : await RemoveAsync(conversationId, remove.Groups["n"].Value, korean, cancellationToken).ConfigureAwait(false);
        }
        else if (AddCommand().Match(trimmed) is { Success: true } add)
        {
            var query = add.Groups["q"].Value.Trim();
            reply = query.Length == 0 || conversationId is null
                ? WatchReplies.Usage(korean)
                : WatchReplies.Added(
                    await watches.AddAsync(conversationId, turn.Activity.ChannelId ?? string.Empty, query, cancellationToken).ConfigureAwait(false),
                    options.Value,
                    korean);
        }
        else
        {
            return false;
        }

        await turn.SendTextAsync(reply ?? WatchReplies.Usage(korean), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<string> RemoveAsync(string conversationId, string number, bool korean, CancellationToken cancellationToken)
    {
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return WatchReplies.NotFound(number, korean);
        }

        var removed = await watches.RemoveAsync(conversationId, n, cancellationToken).ConfigureAwait(false);
        return removed is null ? WatchReplies.NotFound(number, korean) : WatchReplies.Removed(removed, korean);
    }

    [GeneratedRegex(@"^(?:/?(?i:watches)|(?:감시|워치)\s*목록)$")]
    private static partial Regex ListCommand();

    [GeneratedRegex(@"^(?:/?(?i:unwatch)|(?:감시|워치)\s*해제)(?:\s*#?(?<n>\d{1,6}))?$")]
    private static partial Regex RemoveCommand();

    [GeneratedRegex(@"^(?:/?(?i:watch)|감시|워치)(?:\s+(?<q>.*))?$", RegexOptions.Singleline)]
    private static partial Regex AddCommand();
}
