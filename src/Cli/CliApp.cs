using System.CommandLine;
using JobTagger.Domain.Errors;

namespace JobTagger.Cli;

/// <summary>Parses the command line, runs the command and turns failures into one clear line and an exit code.</summary>
internal static class CliApp
{
    public static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Print stack traces of unexpected errors.",
        Recursive = true,
    };

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "JobTagger: tags job postings as COO-like (operations) or CEO-like (strategy) leadership, tags their skills, " +
            "and stores them in SQLite for search and export.");
        root.Options.Add(VerboseOption);
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = BuildRoot(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"jobtagger: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'jobtagger --help' (or '<command> --help') for usage.");
            return ExitCodes.Usage;
        }

        var verbose = parseResult.GetValue(VerboseOption);
        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("jobtagger: cancelled; what was stored so far is kept.");
            return ExitCodes.Cancelled;
        }
        catch (JobTaggerException ex)
        {
            await context.Error.WriteLineAsync($"jobtagger: {ex.Message}");
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: a user sees one line, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"jobtagger: unexpected error: {ex.Message}");
            if (verbose)
            {
                await context.Error.WriteLineAsync(ex.ToString());
            }
            else
            {
                await context.Error.WriteLineAsync("Run again with --verbose for details, and please report it.");
            }

            return ExitCodes.InternalError;
        }
    }
}
