using System.Globalization;

namespace DiploAssistant.Bot.Teams;

/// <summary>Cuts text to a channel's length limit without splitting a character, marking the cut with an ellipsis.</summary>
internal static class TextLimits
{
    public static string Truncate(string? text, int maxLength)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length <= maxLength)
        {
            return value;
        }

        var cut = maxLength - 1;
        var elements = StringInfo.ParseCombiningCharacters(value);
        var end = elements.LastOrDefault(start => start <= cut);
        return value[..end].TrimEnd() + "…";
    }
}
