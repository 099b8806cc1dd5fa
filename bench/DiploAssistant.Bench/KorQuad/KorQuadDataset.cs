using System.Text.Json;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>Reads the original KorQuAD 1.0 dev JSON: every paragraph becomes a document (article title + context).</summary>
internal static class KorQuadDataset
{
    public static (List<BenchDocument> Documents, List<BenchQuestion> Questions) Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var documents = new List<BenchDocument>();
        var questions = new List<BenchQuestion>();
        var articleIndex = 0;
        foreach (var article in json.RootElement.GetProperty("data").EnumerateArray())
        {
            var title = article.GetProperty("title").GetString() ?? "";
            var paragraphIndex = 0;
            foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
            {
                var id = $"korquad-{articleIndex}-{paragraphIndex++}";
                documents.Add(new BenchDocument(id, title, paragraph.GetProperty("context").GetString() ?? "", "korquad", null, "ko"));
                foreach (var qa in paragraph.GetProperty("qas").EnumerateArray())
                {
                    questions.Add(new BenchQuestion(qa.GetProperty("id").GetString()!, qa.GetProperty("question").GetString()!, id));
                }
            }

            articleIndex++;
        }

        return (documents, questions);
    }
}
