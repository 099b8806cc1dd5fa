namespace DiploAssistant.Core.Feedback;

/// <summary>Answers and feedback in process memory (hosts with no store of their own, tests): lost on restart.</summary>
public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private const int MaxAnswers = 10_000;
    private readonly List<SentAnswer> _answers = [];
    private readonly List<FeedbackEntry> _feedback = [];
    private readonly Lock _lock = new();

    public Task RecordAnswerAsync(SentAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (_lock)
        {
            _answers.Add(answer);
            if (_answers.Count > MaxAnswers)
            {
                _answers.RemoveAt(0);
            }
        }

        return Task.CompletedTask;
    }

    public Task<FeedbackEntry> RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        lock (_lock)
        {
            var answer = _answers.LastOrDefault(a => FeedbackMatching.Rates(feedback, a));
            var entry = new FeedbackEntry(feedback, answer);
            _feedback.RemoveAll(e => FeedbackMatching.SameRater(e.Feedback, feedback));
            _feedback.Add(entry);
            return Task.FromResult(entry);
        }
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListAsync(FeedbackQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<FeedbackEntry>>(
                [.. _feedback.Where(e => FeedbackMatching.Matches(query, e.Feedback)).OrderBy(e => e.Feedback.At)]);
        }
    }
}
