namespace DiploAssistant.Core.Languages;

/// <summary>What a glossary entry names: what people do (the verb a question asks about), a thing, or a place or body.</summary>
internal enum GlossaryKind
{
    Action,
    Thing,
    Name,
}
