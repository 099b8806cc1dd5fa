namespace DiploAssistant.Bot.Turns.Queue;

/// <summary>One conversation's waiting turns, in arrival order; guarded by the <see cref="TurnQueue"/>'s lock.</summary>
internal sealed class ConversationLane(string key)
{
    public string Key { get; } = key;

    public Queue<TurnContext> Turns { get; } = new();

    /// <summary>True while the lane is announced or one of its turns runs: nobody else may take from it.</summary>
    public bool Running { get; set; }
}
