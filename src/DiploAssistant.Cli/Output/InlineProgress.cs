namespace DiploAssistant.Cli.Output;

/// <summary>
/// Reports on the caller's thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool and so can write after
/// the command has returned (and its writers are closed).
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
