namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>What was read from a labelled file: the usable postings and one line per skipped record (file:line: reason).</summary>
public sealed record LabelledPostingFile(IReadOnlyList<LabelledPosting> Postings, IReadOnlyList<string> Skipped);
