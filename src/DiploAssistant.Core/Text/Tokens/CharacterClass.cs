namespace DiploAssistant.Core.Text.Tokens;

/// <summary>How the tokenizers treat a character: which kind of run it belongs to.</summary>
internal enum CharacterClass
{
    Separator,
    Hangul,
    Ideograph,
    Word,
}
