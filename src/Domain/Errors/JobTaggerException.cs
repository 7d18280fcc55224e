namespace JobTagger.Domain.Errors;

/// <summary>
/// A fault the user can act on (a missing file, a database that is not SQLite, an unknown format). The message says
/// what and where in one line; the CLI prints it without a stack trace. Messages are built by the factory methods
/// here so they read alike.
/// </summary>
public sealed class JobTaggerException : Exception
{
    public JobTaggerException()
    {
    }

    public JobTaggerException(string message)
        : base(message)
    {
    }

    public JobTaggerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static JobTaggerException FileNotFound(string path) =>
        new($"{path}: no such file or folder");

    public static JobTaggerException UnsupportedFormat(string path, string supported) =>
        new($"{path}: unknown input format (supported: {supported})");

    public static JobTaggerException NotADatabase(string path, Exception inner) =>
        new($"{path}: not a JobTagger SQLite database ({inner.Message})", inner);

    public static JobTaggerException NoDatabase(string path) =>
        new($"no database at {path}; run 'jobtagger tag' first");

    public static JobTaggerException Unreadable(string path, Exception inner) =>
        new($"{path}: cannot be read ({inner.Message})", inner);

    public static JobTaggerException CannotListen(string urls, Exception inner) =>
        new($"{urls}: cannot listen there ({inner.Message})", inner);

    public static JobTaggerException InvalidData(string where, string reason) =>
        new($"{where}: {reason}");

    public static JobTaggerException InvalidSkillTaxonomy(string path, IReadOnlyList<string> problems) =>
        new($"{path}: invalid skill taxonomy ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): {string.Join("; ", problems)}");
}
