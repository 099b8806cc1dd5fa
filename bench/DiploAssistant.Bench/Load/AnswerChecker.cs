using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DiploAssistant.Bench.Load;

/// <summary>
/// hey counts status codes but never reads bodies, so during each step one more client sends the same request back to back
/// and reads every response: 200, and an answer with citations (Answer JSON for /api/ask; for /api/messages with
/// expectReplies, a message activity whose text cites <c>[1]</c>).
/// </summary>
internal sealed class AnswerChecker(Uri url, string body, bool botActivity)
{
    /// <summary>Sends <paramref name="count"/> requests one after another (a warm-up).</summary>
    public async Task<AnswerCheck> RunAsync(int count, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        return await RunAsync(stop.Token, () => --count < 0);
    }

    /// <summary>Sends requests one after another until <paramref name="stop"/> is cancelled; each response in flight is still judged.</summary>
    public Task<AnswerCheck> RunAsync(CancellationToken stop) => RunAsync(stop, () => false);

    private async Task<AnswerCheck> RunAsync(CancellationToken stop, Func<bool> done)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var checkedCount = 0;
        var answered = 0;
        string? problem = null;
        while (!stop.IsCancellationRequested && !done())
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            string? failure;
            try
            {
                // The request itself is not cancelled by the end of the step: a response in flight is still read and judged.
                using var response = await client.PostAsync(url, content, CancellationToken.None);
                var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
                failure = (int)response.StatusCode != 200 ? $"HTTP {(int)response.StatusCode}" : Judge(text);
            }
            catch (HttpRequestException ex)
            {
                failure = ex.Message;
            }
            catch (TaskCanceledException)
            {
                failure = "timed out after 20 s";
            }

            checkedCount++;
            answered += failure is null ? 1 : 0;
            problem ??= failure;
        }

        return new AnswerCheck(checkedCount, answered, problem);
    }

    private string? Judge(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!botActivity)
            {
                return root.TryGetProperty("answered", out var a) && a.ValueKind == JsonValueKind.True
                    && root.TryGetProperty("citations", out var c) && c.GetArrayLength() > 0
                    ? null
                    : "an Answer without answered=true and citations";
            }

            var cited = root.TryGetProperty("activities", out var activities) && activities.EnumerateArray().Any(activity =>
                activity.TryGetProperty("type", out var type) && type.GetString() == "message"
                && activity.TryGetProperty("text", out var text) && (text.GetString() ?? "").Contains("[1]", StringComparison.Ordinal));
            return cited ? null : "no message activity citing [1] in the expectReplies response";
        }
        catch (JsonException)
        {
            return "a body that is not JSON";
        }
    }
}
