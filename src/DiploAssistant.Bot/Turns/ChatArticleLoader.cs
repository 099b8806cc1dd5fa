using System.Text;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns;

/// <summary>
/// Loads articles sent in chat (a <c>load https://…</c> command or attached files) and describes what happened. Attachments
/// are downloaded only through the guarded <see cref="IUrlFetcher"/> (address policy after DNS and on every redirect, size
/// and time limits), and a Teams attachment only from Teams' file hosts (<see cref="BotOptions.TeamsAttachmentHosts"/>).
/// </summary>
internal sealed partial class ChatArticleLoader(
    IIngestionService ingestion,
    IUrlFetcher fetcher,
    IOptions<BotOptions> options,
    ILogger<ChatArticleLoader> logger)
{
    public async Task<string> LoadUrlAsync(string url, CancellationToken cancellationToken)
    {
        if (!WebAddress.TryParse(url.Trim('<', '>', ' '), out var uri))
        {
            return "That doesn't look like a web address. Try `load https://…`.";
        }

        try
        {
            var report = await ingestion.IngestAsync([uri.AbsoluteUri], null, null, cancellationToken).ConfigureAwait(false);
            return Describe(report);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(ex, uri.Host);
            return $"I couldn't load {SafeMarkup.Text(UrlUserInfo.Strip(uri.AbsoluteUri))}. Nothing was changed.";
        }
    }

    public async Task<string> LoadAttachmentsAsync(IReadOnlyList<ChatAttachment> files, bool trusted, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var items = new List<IngestionItem>();
        foreach (var file in files)
        {
            if (!file.IsLoadable)
            {
                lines.Add($"- {SafeMarkup.Text(file.Name)}: skipped (I can load .txt, .html, .md and .json files)");
                continue;
            }

            if (!trusted || file.DownloadUrl is null || !WebAddress.TryParse(file.DownloadUrl, out var url))
            {
                lines.Add($"- {SafeMarkup.Text(file.Name)}: skipped (files can't be loaded from here; use the page's \"Load an article\" instead)");
                continue;
            }

            if (file.FromTeams && !TeamsFileHosts.IsAllowed(url, options.Value.TeamsAttachmentHosts))
            {
                LogAttachmentRefused(url.Host);
                lines.Add($"- {SafeMarkup.Text(file.Name)}: refused (Teams files are downloaded only from SharePoint, OneDrive and Teams; " +
                    $"this one points at {SafeMarkup.Text(url.Host)}. An administrator can list more hosts in Bot:TeamsAttachmentHosts)");
                continue;
            }

            try
            {
                var downloaded = await fetcher.DownloadAsync(url, options.Value.MaxAttachmentBytes, cancellationToken).ConfigureAwait(false);
                var report = await ingestion.IngestAsync(new RawSource(file.Name, downloaded.Content), cancellationToken).ConfigureAwait(false);
                items.AddRange(report.Items);
            }
            catch (ArticleReadException ex)
            {
                // The fetcher's reason names no URL (a Teams download URL carries an access token).
                LogLoadFailed(ex, url.Host);
                lines.Add($"- {SafeMarkup.Text(file.Name)}: not loaded ({SafeMarkup.Text(ex.Message.TrimEnd('.'))})");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogLoadFailed(ex, url.Host);
                lines.Add($"- {SafeMarkup.Text(file.Name)}: couldn't be downloaded or read");
            }
        }

        var summary = items.Count > 0 ? Describe(new IngestionReport(items)) : "Nothing was loaded.";
        return lines.Count == 0 ? summary : summary + "\n\n" + string.Join('\n', lines);
    }

    internal static string Describe(IngestionReport report)
    {
        var builder = new StringBuilder();
        builder.Append($"Added {report.Added}, updated {report.Updated}, unchanged {report.Unchanged}, failed {report.Failed}.");
        foreach (var item in report.Items.Take(20))
        {
            var name = SafeMarkup.Text(item.Title ?? item.DocumentId ?? item.Uri);
            builder.Append('\n').Append(item.Status == IngestionStatus.Failed
                ? $"- failed: {SafeMarkup.Text(item.Uri)} — {SafeMarkup.Text(item.Reason ?? "unknown reason")}"
                : $"- {item.Status.ToString().ToLowerInvariant()}: {name}");
        }

        return builder.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading an article from chat ({Host}) failed")]
    private partial void LogLoadFailed(Exception exception, string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "A Teams attachment on {Host}, not one of Teams' file hosts, was refused")]
    private partial void LogAttachmentRefused(string host);
}
