using System.IO.Compression;
using System.Text;

namespace DiploAssistant.Cli.Tests.Commands;

/// <summary>Inputs built to hurt a loader: each is written to a folder and named with the reason it must be refused for.</summary>
internal static class HostileFiles
{
    /// <summary>File name, how to write it, and a fragment of the reason diplo must give.</summary>
    public static IReadOnlyList<(string Name, Action<string> Write, string Reason)> All { get; } =
    [
        ("bomb.zip", ZipBomb, "unsupported file type '.zip'"),
        ("bomb-renamed.jsonl", ZipBomb, "binary"),
        ("two-gigabytes.txt", path => Sparse(path, 2L * 1024 * 1024 * 1024), "too large"),
        ("nul-bytes.txt", path => File.WriteAllBytes(path, new byte[1024 * 1024]), "NUL bytes"),
        ("invalid-utf8.txt", path => File.WriteAllBytes(path, [.. "Talks in Seoul "u8, 0xC3, 0x28, 0xFF, 0xFE, .. " ended."u8]), "not valid UTF-8"),
        ("one-line-prose.txt", path => File.WriteAllText(path, Repeat("The ministers met in Seoul and agreed to talk again. ", 10 * 1024 * 1024)), "single line"),
        ("one-line-blob.txt", path => File.WriteAllText(path, new string('x', 10 * 1024 * 1024)), "single line"),
        ("nested.json", path => File.WriteAllText(path, new string('[', 100_000) + new string(']', 100_000)), "nested too deeply"),
        ("nested.jsonl", path => File.WriteAllText(path, new string('[', 100_000) + "\n"), "nested too deeply"),
        ("long-body.jsonl", path => File.WriteAllText(path, "{\"id\": \"long\", \"title\": \"Long\", \"body\": \"" + Repeat("Talks went on. ", 10 * 1024 * 1024) + "\"}\n"), "single line"),
    ];

    /// <summary>256 MB of zeros deflated into a few hundred kilobytes.</summary>
    public static void ZipBomb(string path)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        using var entry = archive.CreateEntry("zeros.txt", CompressionLevel.Fastest).Open();
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < 256; i++)
        {
            entry.Write(zeros);
        }
    }

    /// <summary>A file of <paramref name="length"/> bytes that takes no disk space.</summary>
    public static void Sparse(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(length);
    }

    private static string Repeat(string sentence, int characters)
    {
        var text = new StringBuilder(characters + sentence.Length);
        while (text.Length < characters)
        {
            text.Append(sentence);
        }

        return text.ToString();
    }
}
