namespace JobTagger.Cli;

/// <summary>The process exit codes, documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>The job ran. Rejected input records are counted in the summary; they are not a failure.</summary>
    public const int Success = 0;

    /// <summary>The job could not run: a missing file, a database that is not SQLite, an unknown format ...</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: an unknown option, a missing argument, a bad value.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal error (a bug): please report it with the output of <c>--verbose</c>.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl-C; what was stored so far is kept.</summary>
    public const int Cancelled = 130;
}
