using System.Text;

namespace DiploAssistant.Core.Articles.Identity;

/// <summary>
/// The name an upload or attachment is known by: its last path segment, without control characters (NUL, CR, LF…), so
/// that it is safe in ids, logs and replies. A name with nothing left becomes <c>upload.txt</c>.
/// </summary>
public static class UploadFileName
{
    private const int MaxLength = 200;

    public static string Sanitize(string? name)
    {
        var builder = new StringBuilder(name?.Length ?? 0);
        foreach (var c in name ?? string.Empty)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        var text = builder.ToString();
        var last = text[(text.LastIndexOfAny(['/', '\\']) + 1)..].Trim().TrimStart('.');
        if (last.Length > MaxLength)
        {
            var extension = Path.GetExtension(last);
            last = last[..(MaxLength - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }

        return string.IsNullOrWhiteSpace(last) ? "upload.txt" : last;
    }
}
