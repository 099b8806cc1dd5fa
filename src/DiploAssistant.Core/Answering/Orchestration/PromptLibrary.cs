using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>
/// The Semantic Kernel prompt templates in <c>prompts/</c>: one folder per prompt, <c>skprompt.txt</c> (the template, with
/// <c>&lt;message role="…"&gt;</c> turns) beside <c>config.json</c> (its variables and execution settings), loaded by name
/// and cached. Values are inserted HTML-encoded (SK's default), so article text cannot open a message of its own.
/// </summary>
public sealed class PromptLibrary
{
    public const string DirectoryName = "prompts";

    /// <summary>The template that must be there for a folder to count as the prompts folder.</summary>
    public const string Marker = "answer";

    private readonly ConcurrentDictionary<string, KernelFunction> _functions = new(StringComparer.Ordinal);
    private readonly ILoggerFactory? _loggerFactory;

    public PromptLibrary(string directory, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        _loggerFactory = loggerFactory;
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
            if (HasPrompts(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(start, DirectoryName);
    }

    /// <summary>True when <paramref name="directory"/> holds the answer template.</summary>
    public static bool HasPrompts(string directory) =>
        File.Exists(Path.Combine(directory, Marker, "skprompt.txt")) && File.Exists(Path.Combine(directory, Marker, "config.json"));

    /// <summary>The prompt as a kernel function (not added to any kernel, so a model can never call it as a tool).</summary>
    /// <exception cref="DiploException">The template is missing or its configuration cannot be read.</exception>
    public KernelFunction Function(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '_'))
        {
            throw new ArgumentException($"'{name}' is not a prompt name.", nameof(name));
        }

        return _functions.GetOrAdd(name, Load);
    }

    /// <summary>The template rendered as text (for a template inserted into another, such as no_answer).</summary>
    public async Task<string> RenderAsync(string name, Kernel kernel, KernelArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var config = Config(name);
        var template = new KernelPromptTemplateFactory(_loggerFactory ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).Create(config);
        return (await template.RenderAsync(kernel, arguments, cancellationToken).ConfigureAwait(false)).Trim();
    }

    /// <summary>The default execution settings of the prompt's config.json (temperature, max_tokens…), or null when it sets none.</summary>
    public PromptExecutionSettings? Settings(string name) => Config(name).DefaultExecutionSettings;

    private KernelFunction Load(string name) => KernelFunctionFactory.CreateFromPrompt(Config(name), loggerFactory: _loggerFactory);

    private PromptTemplateConfig Config(string name)
    {
        var folder = Path.Combine(Directory, name);
        var templatePath = Path.Combine(folder, "skprompt.txt");
        var configPath = Path.Combine(folder, "config.json");
        if (!File.Exists(templatePath) || !File.Exists(configPath))
        {
            throw new DiploException($"The prompt template {templatePath} (with config.json beside it) is missing (set Chat:PromptsDirectory to the prompts folder).");
        }

        try
        {
            var config = PromptTemplateConfig.FromJson(File.ReadAllText(configPath, Encoding.UTF8));
            config.Name ??= name;
            config.Template = File.ReadAllText(templatePath, Encoding.UTF8);
            return config;
        }
        catch (Exception ex) when (ex is ArgumentException or System.Text.Json.JsonException or KernelException)
        {
            throw new DiploException($"The prompt configuration {configPath} cannot be read: {ex.Message}", ex);
        }
    }
}
