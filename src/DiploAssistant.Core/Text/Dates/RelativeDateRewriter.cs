using System.Text;

namespace DiploAssistant.Core.Text.Dates;

/// <summary>
/// Rewrites a sentence's relative dates as absolute ones, each in the language of the words it replaces:
/// "조현 장관은 3일(현지시간) …" of an article of 4 February 2026 becomes "조현 장관은 2026년 2월 3일(현지시간) …",
/// "Cho met Kallas last Tuesday" becomes "Cho met Kallas on 3 February 2026".
/// </summary>
internal static class RelativeDateRewriter
{
    public static string Rewrite(string text, DateOnly reference) => Rewrite(text, RelativeDateResolver.Resolve(text, reference));

    public static string Rewrite(string text, IReadOnlyList<ResolvedDate> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + (dates.Count * 12));
        var at = 0;
        foreach (var date in dates)
        {
            var original = text.Substring(date.Start, date.Length);
            result.Append(text, at, date.Start - at);
            var absolute = AbsoluteDateText.LikeOriginal(date, original);

            // "Yesterday, Cho said" stays a sentence that starts with a capital.
            result.Append(date.Start == 0 && char.IsUpper(original[0]) ? char.ToUpperInvariant(absolute[0]) + absolute[1..] : absolute);
            at = date.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }
}
