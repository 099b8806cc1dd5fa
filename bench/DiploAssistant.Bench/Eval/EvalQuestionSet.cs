using System.Text.Json;
using DiploAssistant.Bench.KorQuad;

namespace DiploAssistant.Bench.Eval;

/// <summary>
/// A question set built at run time from public data (never committed): KorQuAD 1.0 dev paragraphs as the corpus, with every
/// tenth article held out. Answerable: every tenth question of the kept articles (expected = its answer spans, documentIds = its
/// paragraph). Unanswerable: every third question about the held-out articles (on topic, Korean, but their paragraphs are not
/// loaded) and every fourth RealTimeQA English news-quiz question (off topic).
/// </summary>
internal sealed record EvalQuestionSet(
    string CorpusPath,
    string QuestionsPath,
    int Paragraphs,
    int Answerable,
    int HeldOut,
    int OffTopic,
    IReadOnlyList<BenchDocument> Documents,
    IReadOnlyList<BenchQuestion> AnswerableQuestions)
{
    public const int QuestionStride = 10;
    public const int HeldOutArticleStride = 10;
    public const int HeldOutQuestionStride = 3;
    public const int OffTopicStride = 4;

    public static EvalQuestionSet Write(string sharedData, string directory)
    {
        var corpusPath = Path.Combine(directory, "korquad-paragraphs.jsonl");
        var questionsPath = Path.Combine(directory, "questions.jsonl");
        using var corpus = new StreamWriter(corpusPath);
        using var questions = new StreamWriter(questionsPath);
        using var stream = File.OpenRead(Path.Combine(sharedData, "korquad-1.0-dev", "KorQuAD_v1.0_dev.json"));
        using var json = JsonDocument.Parse(stream);
        int paragraphs = 0, answerable = 0, heldOut = 0, questionIndex = 0;
        var documents = new List<BenchDocument>();
        var answerableQuestions = new List<BenchQuestion>();
        var articleIndex = 0;
        foreach (var article in json.RootElement.GetProperty("data").EnumerateArray())
        {
            var held = articleIndex % HeldOutArticleStride == HeldOutArticleStride - 1;
            var title = article.GetProperty("title").GetString() ?? "";
            var paragraphIndex = 0;
            foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
            {
                var id = $"korquad-{articleIndex}-{paragraphIndex++}";
                if (!held)
                {
                    var body = paragraph.GetProperty("context").GetString() ?? "";
                    corpus.WriteLine(JsonSerializer.Serialize(new { id, title, body, source = "KorQuAD 1.0 dev", lang = "ko" }));
                    documents.Add(new BenchDocument(id, title, body, "korquad", null, "ko"));
                    paragraphs++;
                }

                foreach (var qa in paragraph.GetProperty("qas").EnumerateArray())
                {
                    if (questionIndex++ % (held ? HeldOutQuestionStride : QuestionStride) != 0)
                    {
                        continue;
                    }

                    var question = qa.GetProperty("question").GetString();
                    if (held)
                    {
                        questions.WriteLine(JsonSerializer.Serialize(new { id = "heldout-" + qa.GetProperty("id").GetString(), question, answerable = false }));
                        heldOut++;
                        continue;
                    }

                    var expected = qa.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).Distinct().ToList();
                    questions.WriteLine(JsonSerializer.Serialize(new { id = qa.GetProperty("id").GetString(), question, expected, documentIds = new[] { id } }));
                    answerableQuestions.Add(new BenchQuestion(qa.GetProperty("id").GetString()!, question!, id));
                    answerable++;
                }
            }

            articleIndex++;
        }

        var offTopic = 0;
        foreach (var (line, i) in File.ReadLines(Path.Combine(sharedData, "realtimeqa", "questions_gold.jsonl")).Select((l, i) => (l, i)))
        {
            if (line.Length == 0 || i % OffTopicStride != 0)
            {
                continue;
            }

            using var row = JsonDocument.Parse(line);
            var question = row.RootElement.GetProperty("question_sentence").GetString();
            questions.WriteLine(JsonSerializer.Serialize(new { id = "offtopic-" + row.RootElement.GetProperty("question_id").GetString(), question, answerable = false }));
            offTopic++;
        }

        return new EvalQuestionSet(corpusPath, questionsPath, paragraphs, answerable, heldOut, offTopic, documents, answerableQuestions);
    }
}
