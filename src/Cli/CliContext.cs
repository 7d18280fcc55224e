using Spectre.Console;

namespace JobTagger.Cli;

/// <summary>What a command talks to: the console streams and the clock. Tests pass their own.</summary>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, TimeProvider Time, bool IsTerminal)
{
    /// <summary>Spectre.Console on <see cref="Out"/>: colours and progress only on a real terminal.</summary>
    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>False when standard input is a terminal: nothing is piped in, so don't wait for it.</summary>
    public bool IsInputRedirected { get; init; } = true;

    public static CliContext FromProcess() => new(
        System.Console.In,
        System.Console.Out,
        System.Console.Error,
        TimeProvider.System,
        !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected)
    {
        IsInputRedirected = System.Console.IsInputRedirected,
    };
}
