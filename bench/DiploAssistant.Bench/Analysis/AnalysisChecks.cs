using System.Globalization;
using System.Text.Json;

namespace DiploAssistant.Bench.Analysis;

/// <summary>What one <c>diplo timeline --json</c> printed, checked.</summary>
internal sealed record TimelineCheck(
    string Topic, int Events, bool Ordered, int Cited, int Dated, int NotAfterArticle, int WithinMonth, TimeSpan Time, TimeSpan AskTime)
{
    public static TimelineCheck Of(string topic, JsonElement timeline, TimeSpan time, TimeSpan askTime)
    {
        var events = timeline.GetProperty("events").EnumerateArray().ToList();
        var dates = events.Select(e => DateOnly.Parse(e.GetProperty("date").GetString()!, CultureInfo.InvariantCulture)).ToList();
        var ordered = dates.Zip(dates.Skip(1)).All(pair => pair.First <= pair.Second);
        var cited = events.Count(e => e.GetProperty("citations").GetArrayLength() > 0);
        int dated = 0, notAfter = 0, withinMonth = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var published = Published(events[i]).ToList();
            if (published.Count == 0)
            {
                continue;
            }

            dated++;
            var latest = published.Max();
            notAfter += dates[i] <= latest ? 1 : 0;
            withinMonth += dates[i] <= latest && latest.DayNumber - dates[i].DayNumber <= 31 ? 1 : 0;
        }

        return new TimelineCheck(topic, events.Count, ordered, cited, dated, notAfter, withinMonth, time, askTime);
    }

    private static IEnumerable<DateOnly> Published(JsonElement item) => item.GetProperty("citations").EnumerateArray()
        .Select(c => c.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null)
        .OfType<string>()
        .Select(p => DateOnly.Parse(p, CultureInfo.InvariantCulture));
}

/// <summary>What one <c>diplo brief --json</c> printed: roles and events, and how many of them are cited.</summary>
internal sealed record BriefCheck(string Person, int Roles, int Events, int Cited, TimeSpan Time, TimeSpan AskTime)
{
    public static BriefCheck Of(string person, JsonElement brief, TimeSpan time, TimeSpan askTime)
    {
        var roles = brief.GetProperty("roles").EnumerateArray().ToList();
        var events = brief.GetProperty("events").EnumerateArray().ToList();
        var cited = roles.Concat(events).Count(item => item.GetProperty("citations").GetArrayLength() > 0);
        return new BriefCheck(person, roles.Count, events.Count, cited, time, askTime);
    }
}
