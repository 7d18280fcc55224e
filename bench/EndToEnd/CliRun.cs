using System.Diagnostics;
using System.Globalization;

namespace JobTagger.Bench.EndToEnd;

/// <summary>Runs <c>jobtagger tag</c> as a child process and samples its peak resident memory while it runs.</summary>
internal static class CliRun
{
    public static (TimeSpan Elapsed, double PeakMegabytes) Tag(string cliDll, string input, string database)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cliDll, "tag", input, "--db", database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!process.WaitForExit(50))
        {
            peakKb = Math.Max(peakKb, ReadPeakKb(process.Id));
        }

        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"jobtagger tag failed ({process.ExitCode}): {errors.Result}{output.Result}");
        }

        return (watch.Elapsed, peakKb / 1024.0);
    }

    private static long ReadPeakKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }
}
