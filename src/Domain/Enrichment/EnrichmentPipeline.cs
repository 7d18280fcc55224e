using JobTagger.Domain.Postings;

namespace JobTagger.Domain.Enrichment;

/// <summary>Runs the enrichment steps over a posting in their order.</summary>
public sealed class EnrichmentPipeline(IReadOnlyList<IEnrichmentStep> steps)
{
    public IReadOnlyList<IEnrichmentStep> Steps { get; } = steps ?? throw new ArgumentNullException(nameof(steps));

    public TaggedPosting Enrich(JobPosting posting)
    {
        var tagged = new TaggedPosting(posting);
        foreach (var step in Steps)
        {
            tagged = step.Enrich(tagged);
        }

        return tagged;
    }
}
