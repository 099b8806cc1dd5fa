namespace DiploAssistant.Core.Watches;

/// <summary>The outcome of "watch …": the watch and its number in the conversation's list (1, 2, …), or why there is none.</summary>
public sealed record WatchAddition(Watch? Watch, int Number, WatchRefusal Refusal);
