namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>What a kept line is to the story.</summary>
internal enum LineKind
{
    Text,
    Title,
    Heading,
    RelatedHeading,
}
