namespace DiploAssistant.Core.Languages;

/// <summary>A name in Hangul and its original in Latin script, as an article wrote them ("카야 칼라스", "Kaja Kallas").</summary>
internal sealed record NamePair(string Korean, string Latin);
