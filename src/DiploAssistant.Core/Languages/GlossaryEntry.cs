namespace DiploAssistant.Core.Languages;

/// <summary>One concept of the bilingual glossary: its English words or phrases and its Korean stems.</summary>
/// <param name="English">Lower-case words or phrases (meet, met, talks with).</param>
/// <param name="Korean">Stems to look for inside Korean words (만나, 만났, 회담).</param>
internal sealed record GlossaryEntry(GlossaryKind Kind, IReadOnlyList<string> English, IReadOnlyList<string> Korean);
