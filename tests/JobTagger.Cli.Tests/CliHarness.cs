using Microsoft.Extensions.Time.Testing;

namespace JobTagger.Cli.Tests;

/// <summary>Runs the CLI in-process, as a user would from a shell, in a temp folder of its own.</summary>
internal sealed class CliHarness : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobtagger-cli-");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public string Database => Path.Combine(_folder.FullName, "jobtagger.db");

    public string PathOf(string name) => Path.Combine(_folder.FullName, name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public async Task<CliResult> RunAsync(params string[] args) => await RunWithInputAsync(string.Empty, args);

    public async Task<CliResult> RunWithInputAsync(string standardInput, params string[] args)
    {
        using var input = new StringReader(standardInput);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(input, output, error, Time, IsTerminal: false);
        var exitCode = await CliApp.RunAsync(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
