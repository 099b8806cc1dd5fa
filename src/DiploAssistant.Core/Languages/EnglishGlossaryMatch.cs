namespace DiploAssistant.Core.Languages;

/// <summary>A glossary entry found in English text: the words it spans (start index, count) and the phrase.</summary>
internal sealed record EnglishGlossaryMatch(GlossaryEntry Entry, int Start, int Count, string Phrase);
