using System.Text.RegularExpressions;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Bot.Turns.Replies;
using DiploAssistant.Core.Analysis.Briefs;
using DiploAssistant.Core.Analysis.Timelines;
using DiploAssistant.Core.Answering;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns.Commands;

/// <summary>
/// The analysis commands of chat: "timeline …" / "타임라인 …" (or "… 타임라인") and "who is …" / "… 누구?". Each reply is
/// an answer-shaped list: one line per event or role with its <c>[n]</c> markers, rendered with the same citations as
/// answers (Teams and Web Chat), at most <see cref="CitationEntityFactory.MaxCitations"/> cited and within the reply size limit.
/// </summary>
internal sealed partial class AnalysisChatCommands(TimelineService timelines, EntityBriefService briefs, IOptions<BotOptions> options)
{
    public async Task<bool> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(text);
        Answer answer;
        if (TimelineCommand().Match(text.Trim()) is { Success: true } timeline)
        {
            var query = timeline.Groups["q"].Value.Trim();
            if (query.Length == 0)
            {
                await turn.SendTextAsync(ReplyLanguage.IsKorean(turn.Activity, text)
                    ? "무엇의 타임라인인지 적어 주세요. 예: **타임라인 한-나토 관계**"
                    : "Say what the timeline is about, e.g. **timeline Korea–EU meetings in 2025**", cancellationToken).ConfigureAwait(false);
                return true;
            }

            answer = TimelineAnswer.From(await timelines.BuildAsync(text.Trim(), null, null, cancellationToken).ConfigureAwait(false), CitationEntityFactory.MaxCitations);
        }
        else if (BriefQuery.FromChat(text) is { } name)
        {
            answer = BriefAnswer.From(await briefs.BriefAsync(name, cancellationToken).ConfigureAwait(false), CitationEntityFactory.MaxCitations);
        }
        else
        {
            return false;
        }

        var reply = AnswerReplyFactory.Create(turn.Activity, answer, turn.ServerAddress);
        foreach (var part in ReplySizeLimit.Fit(reply, options.Value.MaxReplyBytes))
        {
            await turn.SendAsync(part, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    [GeneratedRegex(@"^(?:/?(?i:timeline)\b|타임라인)\s*(?<q>.*)$|^(?<q>.+?)\s*(?:타임라인|(?i:timeline))\s*[?.]?$", RegexOptions.Singleline)]
    private static partial Regex TimelineCommand();
}
