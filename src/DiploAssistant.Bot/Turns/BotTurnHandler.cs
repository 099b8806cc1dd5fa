using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Bot.Turns.Streaming;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// What the bot does with each activity: answers questions, runs commands, welcomes new members, accepts feedback.
/// One instance per turn (it may depend on scoped core services).
/// </summary>
internal sealed partial class BotTurnHandler(
    IAskService askService,
    IStreamingAskService streamingAskService,
    AnswerStreamingPolicy streamingPolicy,
    StreamingAnswerSender streamingSender,
    IDocumentStore store,
    ChatArticleLoader loader,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<BotTurnHandler> logger)
{
    private const int NewestShown = 5;

    /// <summary>Handles the turn; for invokes returns the response (null → 501).</summary>
    public Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Type switch
        {
            ActivityTypes.Message => Done(OnMessageAsync(turn, cancellationToken)),
            ActivityTypes.ConversationUpdate => Done(OnConversationUpdateAsync(turn, cancellationToken)),
            ActivityTypes.Invoke => Task.FromResult(OnInvoke(turn)),
            ActivityTypes.Event => Done(OnEvent(turn)),
            _ => Task.FromResult<InvokeResponse?>(null),
        };
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var activity = turn.Activity;
        var text = MentionStripper.Strip(activity);
        var canLoad = LoadingPermission.IsAllowed(activity, settings.AllowLoadingFor, turn.AttachmentsTrusted);

        var files = ChatAttachment.FromActivity(activity);
        if (files.Count > 0)
        {
            var reply = canLoad
                ? await loader.LoadAttachmentsAsync(files, turn.AttachmentsTrusted, cancellationToken).ConfigureAwait(false)
                : LoadingNotAllowed();
            await turn.SendTextAsync(reply, cancellationToken).ConfigureAwait(false);
            if (text.Length == 0)
            {
                return;
            }
        }

        var (command, argument) = SplitCommand(text);
        switch (command)
        {
            case "" when activity.Value is not null:
                await turn.SendTextAsync("I can only answer typed questions. Type **help** to see examples.", cancellationToken).ConfigureAwait(false);
                return;
            case "":
                return;
            case "help" or "/help" or "?" or "도움말":
                await turn.SendTextAsync(BotReplies.Help(canLoad, ReplyLanguage.IsKorean(activity, command)), cancellationToken).ConfigureAwait(false);
                return;
            case "sources" or "/sources" or "출처":
                await turn.SendTextAsync(await SourcesAsync(ReplyLanguage.IsKorean(activity, command), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return;
            case "load" or "/load" when argument.Length > 0:
                var loaded = canLoad ? await loader.LoadUrlAsync(argument, cancellationToken).ConfigureAwait(false) : LoadingNotAllowed();
                await turn.SendTextAsync(loaded, cancellationToken).ConfigureAwait(false);
                return;
        }

        if (text.Length > settings.MaxQuestionCharacters)
        {
            await turn.SendTextAsync(
                $"Your question is too long ({text.Length:N0} characters; the limit is {settings.MaxQuestionCharacters:N0}). Please ask it more briefly.",
                cancellationToken).ConfigureAwait(false);
            return;
        }

        await AnswerAsync(turn, text, cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerAsync(TurnContext turn, string question, CancellationToken cancellationToken)
    {
        var request = new AskRequest(question, null, ConversationKeys.ForChannel(turn.Activity.Conversation?.Id));
        if (streamingPolicy.AppliesTo(turn))
        {
            var streamed = await streamingSender.SendAsync(
                turn, question, streamingAskService.AskStreamingAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (streamed.Answer is { } written)
            {
                LogAnswered(turn.Activity.ChannelId, written.Answered, written.Citations.Count);
            }

            return;
        }

        Answer answer;
        var typing = turn.ExpectsReplies
            ? null
            : TypingIndicator.Start(turn, TimeSpan.FromSeconds(options.Value.TypingIntervalSeconds), timeProvider, cancellationToken);
        try
        {
            answer = await askService.AskAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (typing is not null)
            {
                await typing.DisposeAsync().ConfigureAwait(false);
            }
        }

        LogAnswered(turn.Activity.ChannelId, answer.Answered, answer.Citations.Count);
        await turn.SendAsync(AnswerReplyFactory.Create(turn.Activity, answer, turn.ServerAddress), cancellationToken).ConfigureAwait(false);
    }

    private async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var added = activity.MembersAdded ?? [];
        var othersAdded = added.Any(m => m.Id is not null && !string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal));
        // Teams' personal scope may list only the bot itself when the app is installed: welcome once then.
        var botInstalledInTeams = ActivityExtensions.IsTeamsChannel(activity.ChannelId)
            && added.Any(m => string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal));
        if (othersAdded || botInstalledInTeams)
        {
            await turn.SendTextAsync(BotReplies.Welcome(options.Value.Name, ReplyLanguage.IsKorean(activity)), cancellationToken).ConfigureAwait(false);
        }
    }

    private InvokeResponse? OnInvoke(TurnContext turn)
    {
        var activity = turn.Activity;
        if (!string.Equals(activity.Name, "message/submitAction", StringComparison.Ordinal))
        {
            return null;
        }

        var feedback = FeedbackSubmission.FromSubmitAction(activity.Value);
        if (feedback is not null)
        {
            LogFeedback(activity.ChannelId, activity.ReplyToId, feedback.Reaction, feedback.Text?.Length ?? 0);
        }

        // Teams wants an empty body here; a non-empty one is a 400 in the client.
        return new InvokeResponse(200);
    }

    private Task OnEvent(TurnContext turn)
    {
        // Web Chat's vote buttons: {type:"event", name:"webchat:activity-status/feedback", entities:[action]}.
        if (string.Equals(turn.Activity.Name, "webchat:activity-status/feedback", StringComparison.Ordinal))
        {
            var action = turn.Activity.Entities?.FirstOrDefault();
            var reaction = action?["@type"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var t) ? t : "unknown";
            LogFeedback(turn.Activity.ChannelId, turn.Activity.ReplyToId, reaction, 0);
        }

        return Task.CompletedTask;
    }

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

    private static string LoadingNotAllowed() =>
        "Loading articles from chat is not enabled for you. An administrator can allow it with the setting Bot:AllowLoadingFor.";

    private static async Task<InvokeResponse?> Done(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered on {ChannelId}: answered={Answered}, citations={CitationCount}")]
    private partial void LogAnswered(string? channelId, bool answered, int citationCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on {ChannelId} for message {ReplyToId}: {Reaction} ({FeedbackLength} characters of comment)")]
    private partial void LogFeedback(string? channelId, string? replyToId, string reaction, int feedbackLength);
}
