using System.Diagnostics;

namespace DiploAssistant.Bench.Crash;

/// <summary>
/// A real <c>dotnet app.dll …</c> process (diplo or the server) with its output captured; counts the per-item lines diplo
/// prints on stderr, so a kill can be aimed at a point in the load.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly string[] ItemPrefixes = ["added ", "updated ", "unchanged ", "failed "];

    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();
    private readonly System.Text.StringBuilder _error = new();
    private int _itemLines;

    private ChildProcess(Process process) => _process = process;

    public int ItemLines => Volatile.Read(ref _itemLines);

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static ChildProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(Path.GetFullPath(dll))!,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        child._process.OutputDataReceived += (_, e) => child.Append(child._output, e.Data);
        child._process.ErrorDataReceived += (_, e) => child.OnError(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until diplo has reported <paramref name="count"/> items; false when it exited without reporting them.</summary>
    public async Task<bool> WaitForItemLinesAsync(int count, CancellationToken cancellationToken)
    {
        while (ItemLines < count)
        {
            if (_process.HasExited)
            {
                // The exit can be seen before the last output lines are handled: let them drain, then count again.
                await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                return ItemLines >= count;
            }

            await Task.Delay(2, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>SIGKILL: no handler, no flush, no clean shutdown.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private void OnError(string? line)
    {
        if (line is not null && ItemPrefixes.Any(p => line.StartsWith(p, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _itemLines);
            return;
        }

        Append(_error, line);
    }

    private void Append(System.Text.StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            if (target.Length < 64 * 1024)
            {
                target.AppendLine(line);
            }
        }
    }
}
