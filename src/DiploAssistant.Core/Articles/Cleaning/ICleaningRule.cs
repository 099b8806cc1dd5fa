namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>One named cleaning step: drops or rewrites lines of a page and may record facts about it.</summary>
internal interface ICleaningRule
{
    void Apply(ScrapedPage page);
}
