namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Metadata noticed while cleaning: lines that were dropped from the body but say something about the page.</summary>
internal sealed class PageFacts
{
    /// <summary>Dates from labelled lines ("기사등록 …", "Published : …"), in page order, with whether the label means first publication.</summary>
    public List<(DateOnly Date, bool IsPublication)> LabelledDates { get; } = [];

    /// <summary>Outlet named by a dateline such as <c>[서울=뉴시스]</c>: the most reliable in-page outlet.</summary>
    public string? DatelineOutlet { get; set; }

    /// <summary>Outlet from a standalone name line after the story, or from the copyright footer.</summary>
    public string? TrailingOutlet { get; set; }

    /// <summary>Wire agency from a byline such as "By Yonhap".</summary>
    public string? Agency { get; set; }

    /// <summary>Reporter or byline text when one was found.</summary>
    public string? Byline { get; set; }
}
