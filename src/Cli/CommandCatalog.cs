using System.CommandLine;

namespace JobTagger.Cli;

/// <summary>Every command of the <c>jobtagger</c> executable, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        yield return Commands.Train.TrainCommand.Create(context);
        yield return Commands.Evaluate.EvaluateCommand.Create(context);
    }
}
