namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>
/// Why Teams refused a streamed activity (403 <c>ContentStreamNotAllowed</c>): the user pressed Stop, or the stream ran
/// past its time limit; anything else is an ordinary refusal.
/// </summary>
internal enum StreamRefusal
{
    Other,

    /// <summary>"Content stream was cancelled by user."</summary>
    CancelledByUser,

    /// <summary>"Content stream finished due to exceeded streaming time."</summary>
    TimeLimit,
}
