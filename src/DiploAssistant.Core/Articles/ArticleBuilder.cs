using DiploAssistant.Core.Articles.Cleaning;
using DiploAssistant.Core.Articles.Identity;
using DiploAssistant.Core.Articles.Metadata;
using DiploAssistant.Core.Articles.Segmenting;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Articles;

/// <summary>Cleaned page to articles: decides the page's metadata, splits it into stories and gives each its id, title and language.</summary>
internal sealed class ArticleBuilder
{
    private readonly MetadataExtractor _metadata = new();
    private readonly StorySegmenter _segmenter = new();

    public IReadOnlyList<LoadResult> Build(CleanedPage page, PageHints hints, RawSource source, string uri, string baseId, DocumentOrigin? origin = null)
    {
        var meta = _metadata.Extract(page, hints, source);
        var stories = _segmenter.Split(page).Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();
        var results = new List<LoadResult>(stories.Count);
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var main = i == 0;
            var title = (main ? meta.Title : story.Title) ?? LeadSentence.Of(story.Text);
            var language = main && hints.Language is { Length: > 0 } stated ? stated : LanguageDetector.Detect(story.Text);
            var metadata = new Dictionary<string, string>(meta.Metadata);
            if (!main)
            {
                metadata["relatedTo"] = baseId;
            }

            var info = new DocumentInfo(
                Id: main ? baseId : $"{baseId}#{i + 1}",
                Title: title,
                Source: meta.Source,
                // Never a user:password@ (from a page's canonical link, a dump's url or the address it was loaded from).
                Url: UrlUserInfo.StripOrNull(meta.Url),
                Uri: UrlUserInfo.Strip(uri),
                // A related story's own date is not on the page; the page's date would misdate it.
                Published: main ? meta.Published : null,
                Language: language);
            results.Add(LoadResult.Loaded(new Article(info, story.Text, metadata) { Origin = origin ?? source.Origin }));
        }

        return results;
    }
}
