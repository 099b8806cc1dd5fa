using System.Globalization;

namespace DiploAssistant.Bot.Turns;

/// <summary>The <c>Retry-After</c> header value: whole seconds, at least 1 (directlinejs reads it as a number).</summary>
public static class RetryAfter
{
    public static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
