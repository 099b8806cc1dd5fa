using System.Text.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Bot.Teams;

/// <summary>
/// The one root <c>https://schema.org/Message</c> entity of an answer (spec §4.2): AI-generated label and the citations
/// as Claims within Teams' limits (≤ 20, name ≤ 80, abstract ≤ 160, keywords ≤ 3 × 28), named with outlet and date, linking
/// the article: its URL, or this server's page of it (<see cref="ArticleLink"/>).
/// </summary>
internal static class CitationEntityFactory
{
    public const int MaxCitations = 20;
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;
    public const int MaxKeywordLength = 28;

    public static JsonObject Create(IReadOnlyList<Citation> citations, bool forWebChat, Uri? serverAddress = null)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var entity = new JsonObject
        {
            ["type"] = "https://schema.org/Message",
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["additionalType"] = new JsonArray("AIGeneratedContent"),
        };
        if (citations.Count > 0)
        {
            entity["citation"] = new JsonArray([.. citations.Take(MaxCitations).Select(c => (JsonNode)Claim(c, forWebChat, serverAddress))]);
        }

        return entity;
    }

    /// <summary>The article's web address when it has one (its URL, or the http(s) address it was loaded from).</summary>
    public static string? WebAddress(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return IsHttp(citation.Url) ? citation.Url : IsHttp(citation.Uri) ? citation.Uri : null;
    }

    private static JsonObject Claim(Citation citation, bool forWebChat, Uri? serverAddress)
    {
        var appearance = new JsonObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = CitationLabel.For(citation, MaxNameLength),
        };
        if (ArticleLink.For(citation, serverAddress) is { } url)
        {
            appearance["url"] = url;
        }
        else if (forWebChat)
        {
            // Web Chat opens a modal with this markdown when the definition is not an http link.
            appearance["text"] = SafeMarkup.Text(citation.Quote);
        }
        else
        {
            appearance["text"] = PreviewCard(citation);
            appearance["encodingFormat"] = "application/vnd.microsoft.card.adaptive";
        }

        appearance["abstract"] = TextLimits.Truncate(SafeMarkup.Plain(citation.Quote), MaxAbstractLength);
        var keywords = new[] { citation.Source, citation.Published, OtherOutletsKeyword(citation) }
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => (JsonNode)TextLimits.Truncate(SafeMarkup.Plain(k), MaxKeywordLength)!)
            .Take(3)
            .ToArray();
        if (keywords.Length > 0)
        {
            appearance["keywords"] = new JsonArray(keywords);
        }

        return new JsonObject
        {
            ["@type"] = "Claim",
            ["position"] = citation.N,
            ["appearance"] = appearance,
        };
    }

    /// <summary>"+2 outlets" when wire copies of the story were loaded from other outlets.</summary>
    private static string? OtherOutletsKeyword(Citation citation) =>
        WireCopyNote.Outlets(citation).Count is var n and > 0 ? $"+{n} {(n == 1 ? "outlet" : "outlets")}" : null;

    private static string PreviewCard(Citation citation)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = SafeMarkup.Plain(citation.Title), ["weight"] = "Bolder", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = SafeMarkup.Plain(citation.Quote), ["wrap"] = true }),
        };
        return card.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static bool IsHttp(string? value) => Core.WebAddress.Is(value);
}
