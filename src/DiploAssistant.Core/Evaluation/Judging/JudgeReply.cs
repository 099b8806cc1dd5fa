using System.Globalization;
using System.Text.Json;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>
/// What a judge replied: <c>{"score": 1-5, "reason": "…"}</c>, alone or inside a code fence or some prose. Anything else
/// is <see cref="Error"/>, a diagnostic naming what was wrong and how the reply began.
/// </summary>
internal sealed record JudgeReply(int? Score, string? Reason, string? Error)
{
    public const int Lowest = 1;
    public const int Highest = 5;

    private const int ShownCharacters = 120;

    public static JudgeReply Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed("the judge replied with no text");
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            return Failed($"the judge's reply holds no JSON object: {Shown(text)}");
        }

        try
        {
            using var json = JsonDocument.Parse(text[start..(end + 1)]);
            var root = json.RootElement;
            if (!root.TryGetProperty("score", out var score))
            {
                return Failed($"the judge's reply has no \"score\": {Shown(text)}");
            }

            var value = ScoreOf(score);
            if (value is not (>= Lowest and <= Highest))
            {
                return Failed($"the judge's score is not a whole number from {Lowest} to {Highest}: {Shown(score.GetRawText())}");
            }

            var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return new JudgeReply(value, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), null);
        }
        catch (JsonException ex)
        {
            return Failed($"the judge's reply is not valid JSON ({ex.Message.Split(". ")[0].TrimEnd('.')}): {Shown(text)}");
        }
    }

    private static int? ScoreOf(JsonElement score) => score.ValueKind switch
    {
        JsonValueKind.Number when score.TryGetDouble(out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        JsonValueKind.String when int.TryParse(score.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    private static JudgeReply Failed(string error) => new(null, null, error);

    private static string Shown(string text)
    {
        var line = text.Trim().ReplaceLineEndings(" ");
        return line.Length <= ShownCharacters ? $"\"{line}\"" : $"\"{line[..ShownCharacters]}…\"";
    }
}
