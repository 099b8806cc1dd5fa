using System.Net.Http.Json;
using System.Text.Json;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>The sample articles a real-core server loads in the background at its start.</summary>
internal static class SampleData
{
    public static async Task WaitUntilLoadedAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var documents = await client.GetFromJsonAsync<JsonElement>("api/documents");
            var list = documents.ValueKind == JsonValueKind.Array ? documents : documents.GetProperty("documents");
            if (list.GetArrayLength() >= 5)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail("The sample articles were not loaded within 60 s of the server's start.");
    }
}
