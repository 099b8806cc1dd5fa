using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Cli.Output;

/// <summary>Prints an answer for people: the text, then its numbered sources with outlet, date and link.</summary>
internal static class AnswerWriter
{
    public static async Task WriteAsync(TextWriter output, Answer answer)
    {
        await output.WriteLineAsync(answer.Text).ConfigureAwait(false);
        if (!answer.Answered)
        {
            await output.WriteLineAsync($"({answer.NoAnswerReason})").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        foreach (var c in answer.Citations)
        {
            var details = string.Join(", ", new[] { c.Source, c.Published }.Where(s => !string.IsNullOrEmpty(s)));
            await output.WriteLineAsync($"[{c.N}] {c.Title}{(details.Length > 0 ? $" — {details}" : "")}").ConfigureAwait(false);
            await output.WriteLineAsync($"    {c.Url ?? c.Uri}").ConfigureAwait(false);
            if (WireCopyNote.For(c) is { } others)
            {
                await output.WriteLineAsync($"    {others}").ConfigureAwait(false);
            }
        }
    }
}
