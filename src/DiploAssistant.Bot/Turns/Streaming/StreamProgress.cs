namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>Where a streamed answer stands: the stream's id, the last accepted update, and why it stopped if it did.</summary>
internal sealed class StreamProgress(DateTimeOffset startedAt)
{
    /// <summary>False once the stream stopped taking updates (refused, cancelled, closed for its age).</summary>
    public bool IsOpen { get; set; } = true;

    /// <summary>The user pressed Stop (Teams: 403 "Content stream was cancelled by user."): nothing more may be sent.</summary>
    public bool Cancelled { get; set; }

    /// <summary>
    /// The streamed message exists but can take no more updates (Teams' time limit, or closed by us before it): the
    /// checked answer replaces it in place.
    /// </summary>
    public bool FinishInPlace { get; set; }

    /// <summary>When the stream's first activity was sent; Teams ends a stream 2 minutes after it.</summary>
    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>The channel's id for the stream (its first activity's id); null until that was accepted.</summary>
    public string? Id { get; set; }

    /// <summary>The streamSequence of the last accepted update.</summary>
    public int Sequence { get; set; }

    /// <summary>True once a streaming (text) update was accepted: no more informative ones after it.</summary>
    public bool TextStarted { get; set; }

    public DateTimeOffset LastSentAt { get; set; }

    public string? LastText { get; set; }
}
