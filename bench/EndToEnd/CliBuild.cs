using System.Diagnostics;

namespace JobTagger.Bench.EndToEnd;

/// <summary>Builds the CLI in Release once, so the benchmark measures what users run.</summary>
internal static class CliBuild
{
    public static string EnsureReleaseBuild(string repo)
    {
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(repo, "src", "Cli"), "-c", "Release", "-v", "q", "-nologo"])
        {
            RedirectStandardOutput = true,
        })!;
        build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet build of src/Cli failed");
        }

        return Path.Combine(repo, "src", "Cli", "bin", "Release", "net10.0", "jobtagger.dll");
    }
}
