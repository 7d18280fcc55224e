using Microsoft.Extensions.Time.Testing;

namespace JobTagger.Cli.Tests.Commands;

/// <summary>Runs the CLI in-process and captures what a user would see.</summary>
internal static class RoleCommandRunner
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error, new FakeTimeProvider(), IsTerminal: false);
        var exitCode = await CliApp.RunAsync(args, context);
        return (exitCode, output.ToString(), error.ToString());
    }
}
