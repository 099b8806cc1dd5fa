namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>One streamed answer as the channel knows it so far (see <see cref="StreamingAnswerSender"/>).</summary>
internal sealed class StreamProgress
{
    /// <summary>False once the channel refused an update: the rest goes as one ordinary message.</summary>
    public bool IsOpen { get; set; } = true;

    /// <summary>The channel's id for the stream (its first activity's id); null until that was accepted.</summary>
    public string? Id { get; set; }

    /// <summary>The streamSequence of the last accepted update.</summary>
    public int Sequence { get; set; }

    /// <summary>True once a streaming (text) update was accepted: no more informative ones after it.</summary>
    public bool TextStarted { get; set; }

    public DateTimeOffset LastSentAt { get; set; }

    public string? LastText { get; set; }
}
