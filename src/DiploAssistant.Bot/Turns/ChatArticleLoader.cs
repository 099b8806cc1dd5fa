using System.Net.Http.Headers;
using System.Text;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns;

/// <summary>Loads articles sent in chat (a <c>load https://…</c> command or attached files) and describes what happened.</summary>
internal sealed partial class ChatArticleLoader(
    IIngestionService ingestion,
    IHttpClientFactory httpClientFactory,
    IOptions<BotOptions> options,
    ILogger<ChatArticleLoader> logger)
{
    public const string HttpClientName = "BotFramework.Attachments";

    public async Task<string> LoadUrlAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url.Trim('<', '>', ' '), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
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
            return $"I couldn't load {uri.AbsoluteUri}. Nothing was changed.";
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

            if (!trusted || file.DownloadUrl is null || !Uri.TryCreate(file.DownloadUrl, UriKind.Absolute, out var url)
                || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                lines.Add($"- {SafeMarkup.Text(file.Name)}: skipped (files can't be loaded from here; use the page's \"Load an article\" instead)");
                continue;
            }

            try
            {
                var bytes = await DownloadAsync(url, cancellationToken).ConfigureAwait(false);
                if (bytes is null)
                {
                    lines.Add($"- {SafeMarkup.Text(file.Name)}: too large (the limit is {options.Value.MaxAttachmentBytes / 1024} KB)");
                    continue;
                }

                var report = await ingestion.IngestAsync(new RawSource(file.Name, bytes), cancellationToken).ConfigureAwait(false);
                items.AddRange(report.Items);
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

    /// <summary>Downloads at most the configured size; null when the file is larger.</summary>
    private async Task<byte[]?> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxAttachmentBytes;
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > limit)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading an article from chat ({Host}) failed")]
    private partial void LogLoadFailed(Exception exception, string host);
}
