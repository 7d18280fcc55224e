using JobTagger.Domain.Postings;

namespace JobTagger.Storage.Search;

/// <summary>A stored posting in full: its labels, skills with evidence, explanation, and every source it was seen in.</summary>
public sealed record PostingDetail(TaggedPosting Tagged, IReadOnlyList<PostingSourceRef> Sources);
