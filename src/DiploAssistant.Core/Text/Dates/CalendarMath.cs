namespace DiploAssistant.Core.Text.Dates;

/// <summary>Calendar steps relative dates need: valid days, weeks from Monday, the nearest year of a month and day.</summary>
internal static class CalendarMath
{
    public static DateOnly? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly MonthStart(DateOnly reference, int monthsAhead) => new DateOnly(reference.Year, reference.Month, 1).AddMonths(monthsAhead);

    public static DateOnly YearStart(DateOnly reference, int yearsAhead) => new(reference.Year + yearsAhead, 1, 1);

    /// <summary>The Monday of the week (Monday to Sunday) holding <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The day <paramref name="day"/> of the month nearest the reference: "3일" in an article of 2 March is 3 March, "28일" is 28 February.</summary>
    public static DateOnly? NearestDayOfMonth(DateOnly reference, int day, int leeway = 1)
    {
        var month = day <= reference.Day + leeway ? MonthStart(reference, 0) : MonthStart(reference, -1);
        return Day(month.Year, month.Month, day);
    }

    /// <summary>The day <paramref name="day"/> on or before the reference (지난 10일), or on or after it (오는 10일).</summary>
    public static DateOnly? DayOfMonthFrom(DateOnly reference, int day, bool forward)
    {
        var month = forward
            ? (day >= reference.Day ? MonthStart(reference, 0) : MonthStart(reference, 1))
            : (day <= reference.Day ? MonthStart(reference, 0) : MonthStart(reference, -1));
        return Day(month.Year, month.Month, day);
    }

    /// <summary>A month and day without a year: the year that puts it nearest the reference (an article of 30 December's "1월 5일" is next year's).</summary>
    public static DateOnly? NearestYear(DateOnly reference, int month, int day) =>
        new[] { reference.Year - 1, reference.Year, reference.Year + 1 }
            .Select(year => Day(year, month, day))
            .Where(d => d is not null)
            .OrderBy(d => Math.Abs(d!.Value.DayNumber - reference.DayNumber))
            .FirstOrDefault();

    /// <summary>The weekday nearest the reference in the given direction; <paramref name="sameDayCounts"/> lets the reference itself be it.</summary>
    public static DateOnly Weekday(DateOnly reference, DayOfWeek day, bool forward, bool sameDayCounts)
    {
        var step = forward ? 1 : -1;
        var date = sameDayCounts ? reference : reference.AddDays(step);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(step);
        }

        return date;
    }
}
