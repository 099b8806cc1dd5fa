using System.Runtime.InteropServices;

namespace DiploAssistant.Bench.Peers;

/// <summary>The line every results file carries: when and where it ran.</summary>
internal static class MachineDescription
{
    public static string Describe(DateTimeOffset now) =>
        $"Run {now:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.";
}
