namespace DiploAssistant.Core.Articles.Formats;

/// <summary>Text decoded from bytes, or the reason the bytes are not readable text.</summary>
internal sealed record DecodedText(string? Text, string? FailureReason)
{
    public static DecodedText Ok(string text) => new(text, null);

    public static DecodedText Fail(string reason) => new(null, reason);
}
