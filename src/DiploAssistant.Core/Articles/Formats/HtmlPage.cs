namespace DiploAssistant.Core.Articles.Formats;

/// <summary>An HTML page reduced to the text of its main content (paragraphs on their own lines) and what its meta tags state.</summary>
internal sealed record HtmlPage(string Text, PageHints Hints);
