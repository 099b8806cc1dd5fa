namespace DiploAssistant.Core.Answering.FollowUps;

/// <summary>A chat model that rewrites a follow-up as a standalone question (<c>prompts/rewrite</c>).</summary>
public interface IQuestionRewriteModel
{
    /// <param name="history">The recent turns as the prompt shows them (Q:/A: lines, oldest first).</param>
    /// <param name="question">The follow-up as asked.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model's reply, unchecked.</returns>
    Task<string> RewriteAsync(string history, string question, CancellationToken cancellationToken);
}
