using System.Text.Json;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Storage.Sqlite.Channels;

namespace DiploAssistant.Cli.Tests.Commands;

/// <summary><c>diplo feedback</c> over a store where the bot recorded two answers and a like and a dislike on them.</summary>
public sealed class FeedbackCommandTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Json_ListsEachReaction_WithTheQuestionAnswerAndCitationsItRates()
    {
        await SeedAsync();

        var (code, output, error) = await _cli.RunAsync("feedback", "--json");

        Assert.True(code == 0, error);
        var entries = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        var like = entries.Single(e => e.GetProperty("reaction").GetString() == "like");
        Assert.Equal("Where did the ministers meet?", like.GetProperty("question").GetString());
        Assert.Equal("They met in Brussels [1].", like.GetProperty("answer").GetString());
        Assert.Equal("brussels-talks", like.GetProperty("citations")[0].GetProperty("documentId").GetString());
        var dislike = entries.Single(e => e.GetProperty("reaction").GetString() == "dislike");
        Assert.Equal("Wrong year", dislike.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AReactionFilter_KeepsOnlyThatReaction()
    {
        await SeedAsync();

        var (_, output, _) = await _cli.RunAsync("feedback", "--json", "--reaction", "dislike");

        var entry = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray().ToList());
        Assert.Equal("When was the second dialogue?", entry.GetProperty("question").GetString());
    }

    [Fact]
    public async Task AsQuestions_TurnsLikedAnswersIntoAnEvalQuestionSet_AndListsDislikedOnesForReview()
    {
        await SeedAsync();

        var (code, output, error) = await _cli.RunAsync("feedback", "--as-questions");

        Assert.Equal(0, code);
        var question = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("Where did the ministers meet?", question.GetProperty("question").GetString());
        Assert.Equal("brussels-talks", question.GetProperty("documentIds")[0].GetString());
        Assert.Contains("When was the second dialogue?", error, StringComparison.Ordinal);
    }

    private async Task SeedAsync()
    {
        await using var documents = new SqliteDocumentStore(_cli.StoreDirectory);
        var feedback = new SqliteFeedbackStore(documents);
        await feedback.RecordAnswerAsync(Sent("m-1", "Where did the ministers meet?", "They met in Brussels [1].", "brussels-talks"), CancellationToken.None);
        await feedback.RecordAnswerAsync(Sent("m-2", "When was the second dialogue?", "It was held in 2024 [1].", "dialogue"), CancellationToken.None);
        await feedback.RecordFeedbackAsync(new AnswerFeedback("conv", "m-1", "msteams", "user-1", FeedbackReactions.Like, null, Day.AddMinutes(5)), CancellationToken.None);
        await feedback.RecordFeedbackAsync(new AnswerFeedback("conv", "m-2", "msteams", "user-1", FeedbackReactions.Dislike, "Wrong year", Day.AddMinutes(6)), CancellationToken.None);
    }

    private static SentAnswer Sent(string messageId, string question, string answer, string documentId) =>
        new("conv", messageId, "q-" + messageId, "msteams", question, answer,
            [new Citation(1, documentId, "Title of " + documentId, "Outlet", null, documentId + ".txt", "2026-11-30", "A quoted sentence.", 0.9)], Day);
}
