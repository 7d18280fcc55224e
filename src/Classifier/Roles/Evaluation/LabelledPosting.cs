using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>A posting with its true role, read from a labelled file; <see cref="Location"/> is file:line.</summary>
public sealed record LabelledPosting(string Id, string Title, string Description, Role Label, string Location);
