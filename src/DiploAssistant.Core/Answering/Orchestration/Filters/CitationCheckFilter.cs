using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.SemanticKernel;
using ChatResponse = Microsoft.Extensions.AI.ChatResponse;


namespace DiploAssistant.Core.Answering.Orchestration.Filters;

/// <summary>
/// The citation check, on every answer prompt's result, streamed or not: the model's text is checked against the
/// answer's <see cref="SourceLedger"/> (markers pointing at no source dropped, the rest renumbered, quotes narrowed) and
/// the outcome left in the ledger; a buffered result is replaced by the checked text.
/// </summary>
internal sealed class CitationCheckFilter : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context).ConfigureAwait(false);
        if (!AnswerPrompts.IsAnswer(context.Function) || SourceLedger.Of(context.Kernel) is not { } ledger)
        {
            return;
        }

        if (context.IsStreaming)
        {
            if (context.Result.GetValue<IAsyncEnumerable<string>>() is { } stream)
            {
                context.Result = new FunctionResult(context.Result, CheckWhenDoneAsync(stream, ledger));
            }

            return;
        }

        ledger.Checked = ledger.Check(TextOf(context.Result.GetValue<object>()));
        if (ledger.Checked.Cited is { } cited)
        {
            context.Result = new FunctionResult(context.Result, cited.Text);
        }
    }

    private static string TextOf(object? value) => value switch
    {
        null => "",
        string text => text,
        ChatResponse response => response.Text,
        ChatMessageContent message => message.Content ?? "",
        _ => value.ToString() ?? "",
    };

    private static async IAsyncEnumerable<string> CheckWhenDoneAsync(IAsyncEnumerable<string> stream, SourceLedger ledger, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var written = new StringBuilder();
        await foreach (var delta in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            written.Append(delta);
            yield return delta;
        }

        ledger.Checked = ledger.Check(written.ToString());
    }
}
