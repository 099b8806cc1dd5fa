namespace DiploAssistant.Core.Text;

/// <summary>Recognizes Korean dotted dates such as <c>2025.10.30.</c>, whose final period does not end a sentence.</summary>
internal static class DottedDate
{
    /// <summary>True when the period at <paramref name="period"/> closes a date written year.month.day.</summary>
    public static bool EndsAt(string text, int period)
    {
        var position = period;
        for (var part = 0; part < 3; part++)
        {
            var digits = 0;
            while (position > 0 && char.IsAsciiDigit(text[position - 1]))
            {
                position--;
                digits++;
            }

            var valid = part < 2 ? digits is 1 or 2 : digits is 2 or 4;
            if (!valid)
            {
                return false;
            }

            if (part < 2)
            {
                if (position == 0 || text[position - 1] != '.')
                {
                    return false;
                }

                position--;
            }
        }

        return position == 0 || !char.IsAsciiDigit(text[position - 1]);
    }
}
