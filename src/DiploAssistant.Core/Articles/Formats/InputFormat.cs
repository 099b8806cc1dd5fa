namespace DiploAssistant.Core.Articles.Formats;

/// <summary>How the bytes of an input are to be read.</summary>
internal enum InputFormat
{
    Unsupported,
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
}
