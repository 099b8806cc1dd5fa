namespace DiploAssistant.Core.Answering.Questions;

/// <summary>The one thing a question asks for, when it asks for one (where, when, why, who, how much, how often, which one).</summary>
internal enum AskedElement
{
    None,
    Time,
    Frequency,
    Amount,
    Place,
    Reason,
    Person,

    /// <summary>"Which show …?", "What country …?": a name the question does not already say.</summary>
    Name,
}
