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

    /// <summary>Checks a whole-number option is from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> InRange(this Option<int> option, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            // A value that is not a number has a parse error of its own; reading it here would throw.
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && (value < min || value > max))
            {
                result.AddError($"{option.Name} must be from {min} to {max}.");
            }
        });
        return option;
    }
}
