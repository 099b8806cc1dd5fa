namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>A word of a question or an article: its text, where it is, and whether it is Hangul or Latin.</summary>
internal sealed record TextWord(string Text, int Index, int End, bool IsHangul)
{
    public bool IsCapitalized => !IsHangul && char.IsAsciiLetterUpper(Text[0]);

    public bool IsAllCaps => !IsHangul && Text.Length >= 2 && Text.All(c => !char.IsAsciiLetterLower(c));
}
