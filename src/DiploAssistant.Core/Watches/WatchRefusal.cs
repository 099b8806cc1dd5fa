namespace DiploAssistant.Core.Watches;

/// <summary>Why a watch was not added (<see cref="None"/>: it was).</summary>
public enum WatchRefusal
{
    None,

    /// <summary>The conversation already watches the same words: the existing watch is returned.</summary>
    AlreadyWatched,

    /// <summary>No words, or only generic ones ("relations", "협력"): every article would match.</summary>
    NoTopic,

    /// <summary>Longer than <see cref="WatchOptions.MaxQueryCharacters"/>.</summary>
    TooLong,

    /// <summary>The conversation has <see cref="WatchOptions.MaxWatchesPerConversation"/> watches already.</summary>
    TooMany,
}
