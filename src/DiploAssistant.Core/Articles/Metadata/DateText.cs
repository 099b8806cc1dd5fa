using System.Globalization;
using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Metadata;

/// <summary>Finds a calendar date in text written the ways news pages write them (ISO, 2026/02/11, 2025.06.26, 2026년 2월 11일, Jun 24, 2021, 24 June 2021).</summary>
internal static partial class DateText
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var numeric = Numeric().Match(text);
        if (numeric.Success && TryCreate(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value, out var date))
        {
            return date;
        }

        var named = MonthFirst().Match(text);
        if (!named.Success)
        {
            named = DayFirst().Match(text);
        }

        if (named.Success)
        {
            var month = Array.IndexOf(MonthNames, named.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            if (month > 0 && TryCreate(named.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), named.Groups["d"].Value, out var namedDate))
            {
                return namedDate;
            }
        }

        return null;
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var d)
            || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})\s*(?:[./\-]|년)\s*(?<m>\d{1,2})\s*(?:[./\-]|월)\s*(?<d>\d{1,2})(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();
}
