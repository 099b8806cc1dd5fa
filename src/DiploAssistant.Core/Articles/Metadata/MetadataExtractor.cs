using DiploAssistant.Core.Articles.Cleaning;

namespace DiploAssistant.Core.Articles.Metadata;

/// <summary>Decides a page's title, outlet, date and address from, in order of trust: the user's source name, what the format states, what cleaning noticed.</summary>
internal sealed class MetadataExtractor
{
    public PageMetadata Extract(CleanedPage page, PageHints hints, RawSource source)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(source);

        var facts = page.Facts;
        var metadata = new Dictionary<string, string>(hints.Metadata);
        if (facts.Agency is { } agency)
        {
            metadata["agency"] = agency;
        }

        if (facts.Byline is { } byline)
        {
            metadata["byline"] = byline;
        }

        var title = NonEmpty(hints.Title) ?? page.Title ?? (FirstText(page) is { } text ? LeadSentence.Of(text) : null);
        var outlet = NonEmpty(source.SourceName) ?? NonEmpty(hints.Source) ?? facts.DatelineOutlet ?? facts.TrailingOutlet ?? facts.Agency;
        var published = hints.Published ?? PublishedFrom(facts);
        var url = NonEmpty(hints.Url) ?? (WebAddress.Is(source.Uri) ? source.Uri : null);
        return new PageMetadata(title, outlet, url, published, metadata);
    }

    private static DateOnly? PublishedFrom(PageFacts facts)
    {
        foreach (var (date, isPublication) in facts.LabelledDates)
        {
            if (isPublication)
            {
                return date;
            }
        }

        return facts.LabelledDates.Count > 0 ? facts.LabelledDates[0].Date : null;
    }

    private static string? FirstText(CleanedPage page) => page.Blocks.FirstOrDefault(b => b.Kind == LineKind.Text)?.Text;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
