using System.CommandLine;

namespace JobTagger.Cli.Commands;

/// <summary>Options several commands share, so they read and default alike.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "jobtagger.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite database file.",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "PATH",
    };

    public static Option<string?> Skills() => new("--skills")
    {
        Description = "A skills taxonomy file of your own (JSON) that adds to or overrides the bundled one.",
        HelpName = "PATH",
    };

    public static Option<string?> Model() => new("--model")
    {
        Description = "A role model trained with 'jobtagger train' (default: the bundled model).",
        HelpName = "PATH",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Write JSON instead of a table.",
    };
}
