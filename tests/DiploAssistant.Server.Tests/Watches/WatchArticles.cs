using System.Net;

namespace DiploAssistant.Server.Tests.Watches;

/// <summary>Articles written for the watch tests, uploaded as a user uploads them: Korea–NATO talks in Korean, and one on chips that matches no watch.</summary>
internal static class WatchArticles
{
    public const string KoreaNatoTitle = "한-나토, 사이버 방위 협력 강화 합의";

    public const string KoreaNatoSentence = "한국과 나토는 3일 브뤼셀에서 개별 맞춤형 파트너십 협의를 열고 사이버 방위 협력을 강화하기로 합의했다.";

    public const string KoreaNato = KoreaNatoTitle + "\n\n" + KoreaNatoSentence + "\n\n양측은 내년 정상회의 전에 후속 협의를 열기로 했다.\n";

    public const string Chips = "한미 반도체 공급망 협력 강화\n\n한국과 미국은 5일 워싱턴에서 반도체 공급망 협력을 강화하기로 합의했다.\n";

    /// <summary>The key the tests' servers guard document changes with (<c>Api:Key</c>).</summary>
    public const string ApiKey = "watch-test-key";

    public static async Task UploadAsync(HttpClient client, string fileName, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", fileName } },
        };
        request.Headers.Add("X-Api-Key", ApiKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
