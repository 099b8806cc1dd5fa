using System.Text.Json;

namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>Writes <c>.jsonl</c> article dumps (one article per line, as <c>diplo ingest</c> reads them) for ingestion tests.</summary>
internal static class ArticleDump
{
    private static readonly string[] Cities = ["브뤼셀", "도쿄", "워싱턴", "베이징", "파리", "베를린", "하노이", "자카르타", "캔버라", "오타와", "런던", "로마"];

    /// <summary>Article <paramref name="i"/>'s body: two sentences naming its city, with <paramref name="edition"/> in the first.</summary>
    public static string Body(int i, string edition) =>
        $"외교부 장관이 {Cities[i % Cities.Length]}에서 {edition} 회담을 열고 공급망 협력을 논의했다. " +
        $"양측은 {i + 1}개 분야의 후속 협의를 이어가기로 했다.";

    /// <summary>Articles <c>article-0</c> … in one file; <paramref name="bodies"/> gives each body in order.</summary>
    public static string Write(string directory, string name, IEnumerable<string> bodies)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".jsonl");
        var lines = bodies.Select((body, i) => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = $"article-{i}",
            ["title"] = $"외교장관 {Cities[i % Cities.Length]} 방문",
            ["body"] = body,
            ["date"] = "2026-02-11",
            ["source"] = "뉴시스",
            ["lang"] = "ko",
        }));
        File.WriteAllLines(path, lines);
        return path;
    }
}
