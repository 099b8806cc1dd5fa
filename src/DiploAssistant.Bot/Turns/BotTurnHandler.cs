using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Bot.Turns.Commands;
using DiploAssistant.Bot.Turns.Feedback;
using DiploAssistant.Bot.Turns.Streaming;
using DiploAssistant.Core.Answering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// What the bot does with each activity: answers questions, hands commands to <see cref="ChatCommandHandler"/> and
/// feedback to <see cref="FeedbackReceiver"/>, welcomes new members; each answer sent is recorded
/// (<see cref="SentAnswerRecorder"/>) so that feedback on it can be matched.
/// One instance per turn (it may depend on scoped core services).
/// </summary>
internal sealed partial class BotTurnHandler(
    IAskService askService,
    IStreamingAskService streamingAskService,
    AnswerStreamingPolicy streamingPolicy,
    StreamingAnswerSender streamingSender,
    ChatCommandHandler commands,
    FeedbackReceiver feedback,
    SentAnswerRecorder sentAnswers,
    ChatArticleLoader loader,
    IOptions<BotOptions> options,
    IOptions<AnsweringOptions> answering,
    TimeProvider timeProvider,
    ILogger<BotTurnHandler> logger)
{
    /// <summary>Handles the turn; for invokes returns the response (null → 501).</summary>
    public Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Type switch
        {
            ActivityTypes.Message => Done(OnMessageAsync(turn, cancellationToken)),
            ActivityTypes.ConversationUpdate => Done(OnConversationUpdateAsync(turn, cancellationToken)),
            ActivityTypes.Invoke => feedback.OnInvokeAsync(turn, cancellationToken),
            ActivityTypes.Event => Done(feedback.OnEventAsync(turn, cancellationToken)),
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
                : ChatCommandHandler.LoadingNotAllowed();
            await turn.SendTextAsync(reply, cancellationToken).ConfigureAwait(false);
            if (text.Length == 0)
            {
                return;
            }
        }

        if (await commands.TryHandleAsync(turn, text, canLoad, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var limit = answering.Value.MaxQuestionCharacters;
        if (text.Length > limit)
        {
            await turn.SendTextAsync(
                $"Your question is too long ({text.Length:N0} characters; the limit is {limit:N0}). Please ask it more briefly.",
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
                await sentAnswers.RecordAsync(turn, question, written, streamed.MessageId, cancellationToken).ConfigureAwait(false);
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
        var messageId = await turn.SendAsync(AnswerReplyFactory.Create(turn.Activity, answer, turn.ServerAddress), cancellationToken).ConfigureAwait(false);
        await sentAnswers.RecordAsync(turn, question, answer, messageId, cancellationToken).ConfigureAwait(false);
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

    private static async Task<InvokeResponse?> Done(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered on {ChannelId}: answered={Answered}, citations={CitationCount}")]
    private partial void LogAnswered(string? channelId, bool answered, int citationCount);
}
