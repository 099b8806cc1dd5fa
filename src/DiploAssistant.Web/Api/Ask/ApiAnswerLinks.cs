using System.Runtime.CompilerServices;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Articles;

namespace DiploAssistant.Web.Api.Ask;

/// <summary>
/// What <c>/api/ask</c> JSON lets through as a link: a citation's <c>url</c> is kept only when it is an absolute http(s)
/// address (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c> and every other scheme become null, as the chat channels drop
/// them) and never with user info; <c>uri</c> never shows user info or an absolute server path (<see cref="PublicLocation"/>).
/// Titles, quotes and <c>uri</c> stay raw text: a client must escape them.
/// </summary>
internal static class ApiAnswerLinks
{
    public static Answer Sanitize(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Citations.Count == 0
            ? answer
            : answer with { Citations = [.. answer.Citations.Select(c => c with { Url = SafeUrl(c.Url), Uri = PublicLocation.Of(c.Uri) })] };
    }

    public static async IAsyncEnumerable<AnswerStreamUpdate> SanitizeAsync(
        IAsyncEnumerable<AnswerStreamUpdate> updates, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        await foreach (var update in updates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return update.Answer is { } answer ? AnswerStreamUpdate.Final(Sanitize(answer)) : update;
        }
    }

    /// <summary>The url when it is an absolute http(s) address (without its user info), else null.</summary>
    internal static string? SafeUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var parsed)
        && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
        && url!.Trim().StartsWith(parsed.Scheme + "://", StringComparison.OrdinalIgnoreCase)
            ? UrlUserInfo.Strip(url.Trim())
            : null;
}
