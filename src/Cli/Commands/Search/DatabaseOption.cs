using System.CommandLine;

namespace JobTagger.Cli.Commands.Search;

/// <summary>The <c>--db</c> option the reading commands share: the database file, <c>jobtagger.db</c> by default.</summary>
internal static class DatabaseOption
{
    public const string DefaultPath = "jobtagger.db";

    public static Option<string> Create() => new("--db")
    {
        Description = "The JobTagger database file (written by 'jobtagger tag').",
        DefaultValueFactory = _ => DefaultPath,
    };
}
