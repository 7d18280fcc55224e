using JobTagger.Domain.Postings;

namespace JobTagger.Domain.Enrichment;

/// <summary>
/// One enrichment of a posting (role classification, skill tagging ...). The pipeline runs its steps in an explicit
/// order, so adding another kind of tag is one new class. Implementations must be safe to call from several threads.
/// </summary>
public interface IEnrichmentStep
{
    string Name { get; }

    TaggedPosting Enrich(TaggedPosting posting);
}
