using JobTagger.Domain.Ingestion;
using JobTagger.Ingest;

namespace JobTagger.Cli.Tagging;

/// <summary>Turns the <c>tag</c> arguments into sources, checking them all before anything runs.</summary>
internal static class TagInputs
{

    public static IReadOnlyList<IPostingSource> Open(IReadOnlyList<string> arguments, CliContext context)
    {
        if (arguments.Count == 0)
        {
            context.Error.WriteLine($"jobtagger: no source given; tagging the bundled sample feed (samples/{BundledSample.SourceName}).");
            return [BundledSample.Open()];
        }

        // Open every argument first, so a typo in the last one fails before the first one is tagged.
        return arguments.SelectMany(argument => PostingSources.Open(argument, context.In)).ToList();
    }
}
