using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Answering.Model;

/// <summary>
/// The prompt templates in <c>prompts/</c>, loaded by name (<c>answer</c> → <c>answer.txt</c>) and cached. Placeholders
/// are <c>{name}</c>, filled in one pass so text put into them (an article, a question) is never expanded again.
/// Lines <c>[system]</c>, <c>[user]</c>, <c>[assistant]</c> split a template into messages, before any value is put in,
/// so a value containing such a line cannot start a message of its own.
/// </summary>
public sealed partial class PromptTemplates
{
    public const string DirectoryName = "prompts";

    private readonly ConcurrentDictionary<string, IReadOnlyList<(ChatRole Role, string Text)>> _templates = new(StringComparer.Ordinal);

    public PromptTemplates(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    /// <summary>
    /// The configured directory, else <c>prompts/</c> next to the app, else the nearest <c>prompts/</c> above it
    /// (development runs from the source tree).
    /// </summary>
    public static string ResolveDirectory(string? configured, string? baseDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var start = baseDirectory ?? AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DirectoryName);
            if (File.Exists(Path.Combine(candidate, "answer.txt")))
            {
                return candidate;
            }
        }

        return Path.Combine(start, DirectoryName);
    }

    /// <summary>The template as chat messages, every placeholder replaced by its value.</summary>
    /// <exception cref="DiploException">The template is missing, or uses a placeholder without a value.</exception>
    public IReadOnlyList<ChatMessage> Render(string name, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Load(name).Select(section => new ChatMessage(section.Role, Fill(name, section.Text, values))).ToList();
    }

    /// <summary>The whole template as one text (for templates inserted into others).</summary>
    public string RenderText(string name, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join("\n\n", Load(name).Select(section => Fill(name, section.Text, values)));
    }

    private IReadOnlyList<(ChatRole Role, string Text)> Load(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
        {
            throw new ArgumentException($"'{name}' is not a prompt name.", nameof(name));
        }

        return _templates.GetOrAdd(name, n =>
        {
            var path = Path.Combine(Directory, n + ".txt");
            if (!File.Exists(path))
            {
                throw new DiploException($"The prompt template {path} is missing (set Chat:PromptsDirectory to the prompts folder).");
            }

            return Split(File.ReadAllText(path, Encoding.UTF8));
        });
    }

    private static List<(ChatRole Role, string Text)> Split(string template)
    {
        var sections = new List<(ChatRole Role, string Text)>();
        ChatRole? role = null;
        var text = new StringBuilder();
        foreach (var line in template.ReplaceLineEndings("\n").Split('\n'))
        {
            if (RoleOf(line.Trim()) is { } next)
            {
                Flush();
                role = next;
                continue;
            }

            text.Append(line).Append('\n');
        }

        Flush();
        return sections;

        void Flush()
        {
            var body = text.ToString().Trim();
            if (body.Length > 0)
            {
                sections.Add((role ?? ChatRole.User, body));
            }

            text.Clear();
        }
    }

    private static ChatRole? RoleOf(string line) => line switch
    {
        "[system]" => ChatRole.System,
        "[user]" => ChatRole.User,
        "[assistant]" => ChatRole.Assistant,
        _ => null,
    };

    private static string Fill(string name, string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new DiploException($"The prompt template '{name}' uses {{{m.Groups[1].Value}}}, which has no value."));

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
