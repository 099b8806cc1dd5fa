using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Articles;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// Turns an <see cref="Answer"/> into the reply activity: text with <c>[n]</c> markers, one Message entity with the
/// cited Claims and the AI label, feedback buttons (Teams: <c>feedbackLoop</c>; Web Chat: vote actions); for Web Chat also <c>[n]: url "title"</c> definitions (spec §4.2, §5.1).
/// </summary>
internal static partial class AnswerReplyFactory
{
    /// <param name="inbound">The activity answered.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="serverAddress">Where the user reaches this server: citations of articles with no web address link its article pages.</param>
    public static Activity Create(Activity inbound, Answer answer, Uri? serverAddress = null)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(answer);
        var forWebChat = ActivityExtensions.IsWebChatChannel(inbound.ChannelId);
        var cited = Cited(answer);
        var text = SafeMarkup.Answer(answer.Text.Trim());
        if (!answer.Answered && DeclineReason(answer) is { } reason)
        {
            // A decline says why, in every channel (the CLI and the API give the reason too).
            text += "\n\n" + SafeMarkup.Text(reason);
        }

        if (OtherOutlets(cited) is { Length: > 0 } others)
        {
            text += "\n\n" + others;
        }

        if (forWebChat && cited.Count > 0)
        {
            text += "\n\n" + Definitions(cited, serverAddress);
        }

        var reply = inbound.CreateReply(ActivityTypes.Message, text);
        reply.TextFormat = "markdown";
        var message = CitationEntityFactory.Create(cited, forWebChat, serverAddress);
        reply.Entities = [message];
        if (answer.Answered)
        {
            if (forWebChat && inbound.Id is { } questionId)
            {
                message["potentialAction"] = Feedback.WebChatVotes.Actions(questionId);
            }

            reply.ChannelData = new JsonObject { ["feedbackLoop"] = new JsonObject { ["type"] = "default" } };
        }

        return reply;
    }

    /// <summary>
    /// The citations whose <c>[n]</c> appears in the text (Teams drops the others), in order, at most 20, their url and uri
    /// as <see cref="PublicLocation"/> shows them (no user info, no absolute server path, also for documents stored before).
    /// </summary>
    internal static IReadOnlyList<Citation> Cited(Answer answer)
    {
        if (!answer.Answered)
        {
            return [];
        }

        var used = Marker().Matches(answer.Text).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return [.. answer.Citations.Where(c => used.Contains(c.N)).GroupBy(c => c.N).Select(g => g.First()).OrderBy(c => c.N)
            .Take(CitationEntityFactory.MaxCitations)
            .Select(c => c with { Url = UrlUserInfo.StripOrNull(c.Url), Uri = PublicLocation.Of(c.Uri) })];
    }

    /// <summary>The no-answer reason when it adds to the text shown (not a repeat of it).</summary>
    private static string? DeclineReason(Answer answer)
    {
        var reason = answer.NoAnswerReason?.Trim();
        return string.IsNullOrEmpty(reason) || answer.Text.Contains(reason, StringComparison.OrdinalIgnoreCase) ? null : reason;
    }

    /// <summary>One line per cited story that other outlets also carried (wire copies): "[1] also reported by 2 outlets: …".</summary>
    private static string OtherOutlets(IReadOnlyList<Citation> cited) =>
        string.Join("\n\n", cited
            .Select(c => (c.N, Note: WireCopyNote.For(c)))
            .Where(n => n.Note is not null)
            .Select(n => $"[{n.N}] {SafeMarkup.Text(n.Note!)}"));

    private static string Definitions(IReadOnlyList<Citation> cited, Uri? serverAddress)
    {
        var builder = new StringBuilder();
        foreach (var citation in cited)
        {
            var target = ArticleLink.For(citation, serverAddress) ?? $"cite:{citation.N}";
            var title = CitationLabel.For(citation, CitationEntityFactory.MaxNameLength).Replace('"', '\'');
            builder.Append('[').Append(citation.N).Append("]: ").Append(target.Replace(" ", "%20", StringComparison.Ordinal))
                .Append(" \"").Append(title).Append("\"\n");
        }

        return builder.ToString().TrimEnd();
    }

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();
}
