using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Files;

namespace JobTagger.Cli.Tagging;

/// <summary>The sample feed shipped inside the executable, so the main job runs anywhere with no arguments.</summary>
internal static class BundledSample
{
    /// <summary>The same source name as <c>samples/jobs.jsonl</c> read from disk, so both give the same posting ids.</summary>
    public const string SourceName = "jobs.jsonl";

    private const string ResourceName = "JobTagger.Cli.samples.jobs.jsonl";

    public static IPostingSource Open() => new JsonLinesPostingSource(
        SourceName,
        () => typeof(BundledSample).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the bundled sample {ResourceName} is missing from the build"));
}
