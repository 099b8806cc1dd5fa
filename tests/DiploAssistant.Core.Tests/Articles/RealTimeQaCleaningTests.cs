using System.Text.Json;
using System.Text.RegularExpressions;
using DiploAssistant.Core.Articles.Cleaning;

namespace DiploAssistant.Core.Tests.Articles;

/// <summary>Cleaning must generalise: scraped English pages from other sites (shared RealTimeQA corpus, read in place, never copied).</summary>
public sealed partial class RealTimeQaCleaningTests
{
    private const int Documents = 200;

    private static List<string> Bodies()
    {
        var path = Path.Combine(RepositoryPaths.SharedData, "realtimeqa", "corpus_2022_gold_weeks.jsonl");
        Assert.True(File.Exists(path), "shared corpus missing: " + path);
        return File.ReadLines(path).Take(Documents)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty)
            .ToList();
    }

    [Fact]
    public void Clean_KeepsNoBoilerplateLines_OnScrapedEnglishNews()
    {
        var cleaner = new ArticleCleaner();
        var offending = Bodies()
            .SelectMany(body => cleaner.Clean(body).Blocks.Select(b => b.Text))
            .Where(text => Boilerplate().IsMatch(text))
            .ToList();

        Assert.True(offending.Count == 0, string.Join("\n", offending.Take(10)));
    }

    [Fact]
    public void Clean_KeepsMostBodySentences_OnScrapedEnglishNews()
    {
        var cleaner = new ArticleCleaner();
        var sentences = 0;
        var kept = 0;
        foreach (var body in Bodies())
        {
            var cleaned = cleaner.Clean(body).Text;
            foreach (var line in body.Split('\n').Select(l => l.Trim()).Where(IsPlainSentence))
            {
                sentences++;
                kept += cleaned.Contains(line, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(sentences > 2000, $"only {sentences} sentences found");
        Assert.True(kept >= sentences * 0.95, $"kept {kept} of {sentences} body sentences");
    }

    [Fact]
    public void Clean_DropsRunsOfStateNamesAndSectionLabels()
    {
        var cleaner = new ArticleCleaner();
        var shortLabels = Bodies().SelectMany(body => cleaner.Clean(body).Blocks).Count(b => b.Kind == LineKind.Text && b.Text.Split(' ').Length <= 2);
        Assert.Equal(0, shortLabels);
    }

    /// <summary>A line that is clearly story prose: long, ends like a sentence, no promotional vocabulary.</summary>
    private static bool IsPlainSentence(string line) =>
        line.Split(' ').Length >= 12 && Regex.IsMatch(line, @"[.!?][""”’']?$") && !Boilerplate().IsMatch(line) && !line.Contains('@');

    [GeneratedRegex(@"cookie (policy|settings)|we use cookies|sign up (here|for (our|cnn|the))|newsletter|subscribe (here|now|today|to our)|all rights reserved|©|back to top|hide caption|skip to (main )?content|privacy policy|terms of (use|service)", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
