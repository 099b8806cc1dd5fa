using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Storage;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>
/// What every store promises the chat channels, written once and run against each store by a subclass: feedback is read
/// back with the answer it rates (named by its message id, or by its question's id, within its conversation), feedback on
/// an unknown answer is kept with what is known, a user's later reaction replaces their earlier one, and feedback and
/// conversation addresses survive reopening the store.
/// </summary>
public abstract class ChannelRecordsContractTests : IAsyncLifetime
{
    private const string Conversation = "a:1Xy;messageid=1700000000000";
    private IDocumentStore? _store;

    internal ManualTimeProvider Time { get; } = new();

    public virtual async Task InitializeAsync() => _store = await OpenDocumentStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Feedback_IsReadBackWithTheAnswerItRates_NamedByTheMessageIdTheChannelGaveIt()
    {
        var answer = Answer("1718000000001", questionId: "1718000000000");
        await Feedback().RecordAnswerAsync(answer, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(3));

        var recorded = await Feedback().RecordFeedbackAsync(Reaction("1718000000001", FeedbackReactions.Like, "Helpful, thanks"), CancellationToken.None);
        var listed = Assert.Single(await Feedback().ListAsync(FeedbackQuery.All, CancellationToken.None));

        Assert.Equal(answer, recorded.Answer);
        Assert.Equal(recorded, listed);
        Assert.Equal("Helpful, thanks", listed.Feedback.Text);
        Assert.Equal(Time.GetUtcNow(), listed.Feedback.At);
        Assert.Equal(["002_db910010b746ffbf", "page.html#2"], listed.Answer!.Citations.Select(c => c.DocumentId));
    }

    [Fact]
    public async Task Feedback_FindsTheAnswer_ByTheIdOfTheQuestionItAnswered()
    {
        var answer = Answer(messageId: "dl-conversation|0000004", questionId: "dl-conversation|0000003");
        await Feedback().RecordAnswerAsync(answer, CancellationToken.None);

        var recorded = await Feedback().RecordFeedbackAsync(Reaction("dl-conversation|0000003", FeedbackReactions.Dislike), CancellationToken.None);

        Assert.Equal(answer, recorded.Answer);
    }

    [Fact]
    public async Task FeedbackOnAnAnswerTheStoreNeverSaw_IsKeptWithWhatIsKnown()
    {
        await Feedback().RecordAnswerAsync(Answer("1718000000001"), CancellationToken.None);

        var unknown = await Feedback().RecordFeedbackAsync(Reaction("1718999999999", FeedbackReactions.Dislike, "Wrong date"), CancellationToken.None);
        var nothingKnown = await Feedback().RecordFeedbackAsync(
            new AnswerFeedback(null, null, null, null, FeedbackReactions.Like, null, Time.GetUtcNow()), CancellationToken.None);

        Assert.Null(unknown.Answer);
        Assert.Equal("1718999999999", unknown.Feedback.RatedId);
        Assert.Null(nothingKnown.Answer);
        Assert.Equal(
            [("1718999999999", "Wrong date"), (null, null)],
            (await Feedback().ListAsync(FeedbackQuery.All, CancellationToken.None)).Select(e => (e.Feedback.RatedId, e.Feedback.Text)));
    }

    [Fact]
    public async Task AMessageId_NamesAnAnswerOnlyWithinItsOwnConversation()
    {
        await Feedback().RecordAnswerAsync(Answer("1718000000001") with { ConversationId = "19:other@thread.v2" }, CancellationToken.None);

        var recorded = await Feedback().RecordFeedbackAsync(Reaction("1718000000001", FeedbackReactions.Like), CancellationToken.None);

        Assert.Null(recorded.Answer);
    }

    [Fact]
    public async Task AUsersLaterReaction_ReplacesTheirEarlierOne_AndOtherUsersKeepTheirs()
    {
        await Feedback().RecordAnswerAsync(Answer("1718000000001"), CancellationToken.None);
        await Feedback().RecordFeedbackAsync(Reaction("1718000000001", FeedbackReactions.Like), CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(5));
        await Feedback().RecordFeedbackAsync(Reaction("1718000000001", FeedbackReactions.Like, user: "29:user-2"), CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(5));
        await Feedback().RecordFeedbackAsync(Reaction("1718000000001", FeedbackReactions.Dislike, "Changed my mind"), CancellationToken.None);

        var listed = await Feedback().ListAsync(FeedbackQuery.All, CancellationToken.None);

        Assert.Equal(
            [("29:user-2", FeedbackReactions.Like), ("29:user-1", FeedbackReactions.Dislike)],
            listed.Select(e => (e.Feedback.UserId!, e.Feedback.Reaction)));
        Assert.All(listed, e => Assert.NotNull(e.Answer));
    }

    [Fact]
    public async Task ListAsync_KeepsOnlyFeedbackSinceTheDate_AndWithTheReactionAsked()
    {
        await Feedback().RecordFeedbackAsync(Reaction("m1", FeedbackReactions.Like), CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(2));
        var since = Time.GetUtcNow();
        await Feedback().RecordFeedbackAsync(Reaction("m2", FeedbackReactions.Dislike), CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(1));
        await Feedback().RecordFeedbackAsync(Reaction("m3", FeedbackReactions.Like), CancellationToken.None);

        var recent = await Feedback().ListAsync(new FeedbackQuery(since), CancellationToken.None);
        var liked = await Feedback().ListAsync(new FeedbackQuery(Reaction: FeedbackReactions.Like), CancellationToken.None);
        var recentlyLiked = await Feedback().ListAsync(new FeedbackQuery(since, FeedbackReactions.Like), CancellationToken.None);

        Assert.Equal(["m2", "m3"], recent.Select(e => e.Feedback.RatedId));
        Assert.Equal(["m1", "m3"], liked.Select(e => e.Feedback.RatedId));
        Assert.Equal(["m3"], recentlyLiked.Select(e => e.Feedback.RatedId));
    }

    [Fact]
    public async Task FeedbackAndConversationAddresses_SurviveReopeningTheStore()
    {
        var answer = Answer("1718000000001");
        await Feedback().RecordAnswerAsync(answer, CancellationToken.None);
        var recorded = await Feedback().RecordFeedbackAsync(Reaction("1718000000001", FeedbackReactions.Like, "좋아요"), CancellationToken.None);
        var address = new ConversationAddress(Conversation, "msteams", """{"serviceUrl":"https://smba.trafficmanager.net/amer/"}""", Time.GetUtcNow());
        await Addresses().SaveAsync(address, CancellationToken.None);
        await _store!.DisposeAsync();
        _store = null;

        _store = await OpenDocumentStoreAsync();

        Assert.Equal([recorded], await Feedback().ListAsync(FeedbackQuery.All, CancellationToken.None));
        Assert.Equal(address, await Addresses().FindAsync(Conversation, CancellationToken.None));
    }

    [Fact]
    public async Task AConversationAddress_IsReplacedByTheNextSaved_AndUnknownOnesAreNull()
    {
        await Addresses().SaveAsync(new ConversationAddress("a:first", "msteams", "{\"v\":1}", Time.GetUtcNow()), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Addresses().SaveAsync(new ConversationAddress("a:second", "msteams", "{\"v\":1}", Time.GetUtcNow()), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        var latest = new ConversationAddress("a:first", "msteams", "{\"v\":2}", Time.GetUtcNow());
        await Addresses().SaveAsync(latest, CancellationToken.None);

        Assert.Equal(latest, await Addresses().FindAsync("a:first", CancellationToken.None));
        Assert.Null(await Addresses().FindAsync("a:never", CancellationToken.None));
        Assert.Equal(["a:second", "a:first"], (await Addresses().ListAsync(CancellationToken.None)).Select(a => a.ConversationId));
    }

    /// <summary>Opens the store under test (the same data on every call within a test).</summary>
    protected abstract Task<IDocumentStore> OpenDocumentStoreAsync();

    protected abstract IFeedbackStore Feedback(IDocumentStore store);

    protected abstract IConversationAddressStore Addresses(IDocumentStore store);

    private IDocumentStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    private IFeedbackStore Feedback() => Feedback(Store);

    private IConversationAddressStore Addresses() => Addresses(Store);

    private SentAnswer Answer(string? messageId, string? questionId = null) => new(
        Conversation, messageId, questionId, "msteams", "차기 2+2 대화는 어디서 열리나?", "헤이그에서 열린다 [1][2].",
        [Cite(1, "002_db910010b746ffbf"), Cite(2, "page.html#2")], Time.GetUtcNow());

    private AnswerFeedback Reaction(string ratedId, string reaction, string? text = null, string user = "29:user-1") =>
        new(Conversation, ratedId, "msteams", user, reaction, text, Time.GetUtcNow());

    private static Citation Cite(int n, string documentId) =>
        new(n, documentId, $"기사 {n}", "연합뉴스", $"https://example.org/{n}", $"https://example.org/{n}", "2026-02-11", $"인용 {n}.", 0.5 + n / 10.0);
}
