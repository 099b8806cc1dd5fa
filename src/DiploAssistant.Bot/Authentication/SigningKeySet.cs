using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace DiploAssistant.Bot.Authentication;

/// <summary>The keys of one JWKS document and, per key id, the channels it is endorsed for.</summary>
internal sealed record SigningKeySet(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements)
{
    public static SigningKeySet Empty { get; } = new([], new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Reads a JWKS document; keys it cannot read are skipped, and odd documents give an empty set.</summary>
    public static SigningKeySet Parse(string jwksJson)
    {
        JsonWebKeySet set;
        try
        {
            set = new JsonWebKeySet(jwksJson) { SkipUnresolvedJsonWebKeys = true };
        }
        catch (ArgumentException)
        {
            return Empty;
        }

        return new SigningKeySet([.. set.GetSigningKeys()], ReadEndorsements(jwksJson));
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwksJson)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(jwksJson);
            if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            {
                return map;
            }

            foreach (var key in keys.EnumerateArray())
            {
                if (key.ValueKind == JsonValueKind.Object
                    && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
                {
                    map[kid.GetString()!] = [.. endorsements.EnumerateArray()
                        .Where(e => e.ValueKind == JsonValueKind.String)
                        .Select(e => e.GetString()!)];
                }
            }
        }
        catch (JsonException)
        {
            map.Clear();
        }

        return map;
    }
}
