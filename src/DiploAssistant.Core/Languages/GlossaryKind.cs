namespace DiploAssistant.Core.Languages;

/// <summary>
/// What a glossary entry names: what people do (the verb a question asks about), a thing, a place or body, or a
/// modifier that tells one event of a series from another (first, next, last).
/// </summary>
internal enum GlossaryKind
{
    Action,
    Thing,
    Name,
    Modifier,
}
