using DiploAssistant.Bot.Activities;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Bot.Turns.Commands;

/// <summary>
/// The chat commands: <c>help</c>, <c>sources</c> and <c>load https://…</c> (with their Korean and slash forms), then
/// <see cref="WatchChatCommands"/> and <see cref="AnalysisChatCommands"/>.
/// </summary>
internal sealed class ChatCommandHandler(IDocumentStore store, ChatArticleLoader loader, WatchChatCommands watches, AnalysisChatCommands analysis)
{
    private const int NewestShown = 5;

    /// <summary>Runs the command the text names and returns true; false when the text is a question (or empty).</summary>
    public async Task<bool> TryHandleAsync(TurnContext turn, string text, bool canLoad, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (command, argument) = SplitCommand(text);
        switch (command)
        {
            case "" when turn.Activity.Value is not null:
                await turn.SendTextAsync("I can only answer typed questions. Type **help** to see examples.", cancellationToken).ConfigureAwait(false);
                return true;
            case "":
                return true;
            case "help" or "/help" or "?" or "도움말":
                await turn.SendTextAsync(BotReplies.Help(canLoad, ReplyLanguage.IsKorean(turn.Activity, command)), cancellationToken).ConfigureAwait(false);
                return true;
            case "sources" or "/sources" or "출처":
                await turn.SendTextAsync(await SourcesAsync(ReplyLanguage.IsKorean(turn.Activity, command), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return true;
            case "load" or "/load" when argument.Length > 0:
                var loaded = canLoad ? await loader.LoadUrlAsync(argument, cancellationToken).ConfigureAwait(false) : LoadingNotAllowed();
                await turn.SendTextAsync(loaded, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return await watches.TryHandleAsync(turn, text, cancellationToken).ConfigureAwait(false)
                    || await analysis.TryHandleAsync(turn, text, cancellationToken).ConfigureAwait(false);
        }
    }

    public static string LoadingNotAllowed() =>
        "Loading articles from chat is not enabled for you. An administrator can allow it with the setting Bot:AllowLoadingFor.";

    private async Task<string> SourcesAsync(bool korean, CancellationToken cancellationToken)
    {
        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var documents = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var newest = documents
            .OrderByDescending(d => d.Document.Published ?? DateOnly.MinValue)
            .ThenByDescending(d => d.IngestedAt)
            .Take(NewestShown)
            .ToList();
        return BotReplies.Sources(statistics, newest, korean);
    }

    private static (string Command, string Argument) SplitCommand(string text)
    {
        var space = text.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? text : text[..space];
        var argument = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        var command = head.ToLowerInvariant();
        return command is "help" or "/help" or "?" or "도움말" or "sources" or "/sources" or "출처" && argument.Length > 0
            ? ("question", text) // "sources of the EU talks?" is a question, not the command
            : command is "help" or "/help" or "?" or "도움말" or "sources" or "/sources" or "출처" or "load" or "/load"
                ? (command, argument)
                : (text.Length == 0 ? string.Empty : "question", text);
    }
}
