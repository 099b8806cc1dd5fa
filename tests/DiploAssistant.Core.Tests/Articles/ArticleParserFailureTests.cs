using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Tests.Articles;

public sealed class ArticleParserFailureTests
{
    private readonly ArticleParser _parser = new(new IngestionOptions { MaxBytes = 4096 });

    private string Failure(string uri, byte[] content)
    {
        var result = Assert.Single(_parser.Parse(new RawSource(uri, content)));
        Assert.False(result.Succeeded);
        Assert.Equal(uri, result.Uri);
        return result.FailureReason!;
    }

    [Fact]
    public void Parse_RefusesEmptyInput() => Assert.Contains("empty", Failure("a.txt", []));

    [Fact]
    public void Parse_RefusesWhitespaceOnlyInput() => Assert.Contains("empty", Failure("a.txt", Encoding.UTF8.GetBytes("  \n\n \t ")));

    [Fact]
    public void Parse_RefusesNulBytes() => Assert.Contains("NUL", Failure("a.txt", [0x48, 0x69, 0x00, 0x21, 0x20, 0x41]));

    [Fact]
    public void Parse_RefusesBinaryControlCharacters()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41 + (i % 26))).ToArray();
        Assert.Contains("binary", Failure("a.txt", bytes));
    }

    [Fact]
    public void Parse_RefusesInvalidUtf8() => Assert.Contains("not valid UTF-8", Failure("a.txt", [0x41, 0x42, 0xC3, 0x28, 0xFF, 0x41]));

    [Fact]
    public void Parse_RefusesOversizedInput() => Assert.Contains("too large", Failure("a.txt", Encoding.UTF8.GetBytes(new string('a', 5000))));

    [Fact]
    public void Parse_RefusesDeeplyNestedJson()
    {
        var json = new string('[', 200) + new string(']', 200);
        Assert.Contains("nested too deeply", Failure("a.json", Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Parse_RefusesMalformedJson() => Assert.Contains("not valid JSON", Failure("a.json", Encoding.UTF8.GetBytes("{\"id\": ")));

    [Fact]
    public void Parse_RefusesUnsupportedExtension() => Assert.Contains("unsupported file type '.pdf'", Failure("a.pdf", Encoding.UTF8.GetBytes("%PDF-1.4 text")));

    [Fact]
    public void Parse_RefusesAHugeLineWithoutSentences()
    {
        var parser = new ArticleParser(new IngestionOptions());
        var result = Assert.Single(parser.Parse(new RawSource("blob.txt", Encoding.UTF8.GetBytes(new string('x', 10 * 1024 * 1024)))));
        Assert.Contains("no readable text", result.FailureReason);
    }

    [Fact]
    public void Parse_RefusesATenMegabyteLineOfProse()
    {
        var parser = new ArticleParser(new IngestionOptions());
        var prose = string.Concat(Enumerable.Repeat("The ministers met in Seoul and agreed to talk again. ", 200_000));

        var result = Assert.Single(parser.Parse(new RawSource("prose.txt", Encoding.UTF8.GetBytes(prose))));

        Assert.Contains("longer than any article", result.FailureReason);
    }

    [Fact]
    public void Parse_RefusesADumpLineWithATenMegabyteBody_AndKeepsTheOtherLines()
    {
        var parser = new ArticleParser(new IngestionOptions());
        var body = string.Concat(Enumerable.Repeat("Talks went on. ", 700_000));
        var dump = "{\"id\": \"long\", \"title\": \"Long\", \"body\": \"" + body + "\"}\n" +
            "{\"id\": \"short\", \"title\": \"Short\", \"body\": \"The foreign ministers met in Seoul on Tuesday to discuss trade.\"}\n";

        var results = parser.Parse(new RawSource("dump.jsonl", Encoding.UTF8.GetBytes(dump)));

        Assert.Contains("longer than any article", Assert.Single(results, r => r.Uri == "dump.jsonl:1").FailureReason);
        Assert.Equal("short", Assert.Single(results, r => r.Succeeded).Article!.Document.Id);
    }

    [Fact]
    public void Parse_RefusesAPageOfOnlyMenus() =>
        Assert.Contains("no readable article text", Failure("menu.txt", Encoding.UTF8.GetBytes("Home\nNews\nSports\nWeather\nContact")));
}
