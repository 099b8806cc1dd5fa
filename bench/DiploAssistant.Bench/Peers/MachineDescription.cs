using System.Runtime.InteropServices;

namespace DiploAssistant.Bench.Peers;

/// <summary>The line every results file carries: when and where it ran, and how busy the machine was when it finished.</summary>
internal static class MachineDescription
{
    public static string Describe(DateTimeOffset now) =>
        $"Run {now:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}{LoadAverage()}.";

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), which say how much other work shared the cores.</summary>
    private static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? $"; load average {fields[0]} / {fields[1]} / {fields[2]} (1 / 5 / 15 min) at the end" : "";
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
