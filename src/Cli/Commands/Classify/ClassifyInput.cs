using JobTagger.Domain.Errors;
using JobTagger.Domain.Postings;
using JobTagger.Ingest;

namespace JobTagger.Cli.Commands.Classify;

/// <summary>Where <c>classify</c> gets its posting: the argument, a file, or standard input.</summary>
internal static class ClassifyInput
{
    private static readonly string[] PlainTextExtensions = [".txt", ".md", ".text", ""];

    public static async Task<JobPosting> ReadAsync(string? text, string? title, string? file, CliContext context, CancellationToken cancellationToken)
    {
        if (text is not null && file is not null)
        {
            throw new JobTaggerException("give the posting as text or as --file, not both");
        }

        if (file is not null)
        {
            if (!File.Exists(file))
            {
                throw JobTaggerException.FileNotFound(file);
            }

            if (PlainTextExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            {
                return Posting(title, await File.ReadAllTextAsync(file, cancellationToken), file);
            }

            return await FirstPostingAsync(file, context, cancellationToken);
        }

        text ??= context.IsInputRedirected ? await context.In.ReadToEndAsync(cancellationToken) : null;
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(title))
        {
            throw new JobTaggerException("nothing to classify: give the posting's text, --title, --file PATH, or pipe it in");
        }

        return Posting(title, text ?? string.Empty, "argument");
    }

    private static JobPosting Posting(string? title, string description, string source) => new()
    {
        Id = PostingIdentity.For(source, null, title ?? string.Empty, null, null, description),
        Source = source,
        Title = title ?? string.Empty,
        Description = description,
    };

    private static async Task<JobPosting> FirstPostingAsync(string file, CliContext context, CancellationToken cancellationToken)
    {
        foreach (var source in PostingSources.Open(file, context.In))
        {
            await foreach (var result in source.ReadAsync(cancellationToken))
            {
                if (result.Posting is { } posting)
                {
                    return posting;
                }

                await context.Error.WriteLineAsync($"jobtagger: skipped {result.Where}: {result.Reject?.Reason}");
            }
        }

        throw JobTaggerException.InvalidData(file, "no posting in the file");
    }
}
