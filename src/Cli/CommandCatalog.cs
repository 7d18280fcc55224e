using System.CommandLine;

namespace JobTagger.Cli;

/// <summary>Every command of the <c>jobtagger</c> executable, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        yield return Commands.Tag.TagCommand.Create(context);
        yield return Commands.Classify.ClassifyCommand.Create(context);
        yield return Commands.Search.SearchCommand.Create(context);
        yield return Commands.Export.ExportCommand.Create(context);
        yield return Commands.Stats.StatsCommand.Create(context);
        yield return Commands.Rejects.RejectsCommand.Create(context);
        yield return Commands.Serve.ServeCommand.Create(context);
        yield return Commands.Train.TrainCommand.Create(context);
        yield return Commands.Evaluate.EvaluateCommand.Create(context);
        yield return Commands.Crawl.CrawlCommand.Create(context);
    }
}
