namespace DiploAssistant.Core.Answering.Questions;

/// <summary>The one thing a question asks for, when it asks for one (where, when, why, who, how much, how often).</summary>
internal enum AskedElement
{
    None,
    Time,
    Frequency,
    Amount,
    Place,
    Reason,
    Person,
}
