using System.Globalization;

namespace DiploAssistant.Bench.Processes;

/// <summary>Peak resident set size of a live process: <c>VmHWM</c> in /proc/PID/status (Linux), in kilobytes.</summary>
internal static class ProcessMemory
{
    public static long? PeakRssKilobytes(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var number = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(number, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}
