namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// Something a question names (a person, place, organization or event: a run of capitalized English words, or a
/// Korean noun; a year; an ordinal) that supporting evidence must mention.
/// </summary>
/// <param name="Text">How the question writes it (for messages).</param>
/// <param name="Words">Its words: the Korean noun without particles, or the capitalized English words; for a year its digits, for an ordinal its number.</param>
/// <param name="IsHangul">Whether it is written in Hangul.</param>
/// <param name="FollowedBy">The Korean word right after it when it has no particle (칼라스 after 카야): they may be one name.</param>
/// <param name="Kind">What it is; names, years and ordinals must be supported, nouns mostly.</param>
internal sealed record QuestionEntity(string Text, IReadOnlyList<string> Words, bool IsHangul, string? FollowedBy = null, EntityKind Kind = EntityKind.Noun)
{
    /// <summary>True when an answer without it answers another question (another person, year or meeting of a series).</summary>
    public bool IsStrong => Kind is not EntityKind.Noun;
}
