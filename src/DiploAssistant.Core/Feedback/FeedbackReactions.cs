namespace DiploAssistant.Core.Feedback;

/// <summary>The reactions the feedback buttons send, in the words Teams uses.</summary>
public static class FeedbackReactions
{
    public const string Like = "like";

    public const string Dislike = "dislike";

    /// <summary>The reaction in Teams' words: <c>like</c>/<c>dislike</c> (also from Web Chat's <c>LikeAction</c>/<c>DislikeAction</c>), anything else lower-cased.</summary>
    public static string Normalize(string? reaction) => reaction?.Trim().ToLowerInvariant() switch
    {
        "like" or "likeaction" or "upvote" => Like,
        "dislike" or "dislikeaction" or "downvote" => Dislike,
        null or "" => "unknown",
        var other => other,
    };
}
