namespace DiploAssistant.Core.Text.Dates;

/// <summary>How much of a calendar a resolved date names: a day ("이날"), a week ("this week"), a month ("내달"), a year ("올해").</summary>
internal enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}
