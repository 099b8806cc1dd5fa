namespace DiploAssistant.Bot.Turns.Queue;

/// <summary>What became of a turn offered to the <see cref="TurnQueue"/>.</summary>
internal enum TurnAdmission
{
    /// <summary>Waiting to be answered.</summary>
    Queued,

    /// <summary>The queue was full: the user is told politely that the bot is busy.</summary>
    Busy,

    /// <summary>The queue and the busy lane were full: nothing will be sent; the caller refuses the request.</summary>
    Refused,
}
