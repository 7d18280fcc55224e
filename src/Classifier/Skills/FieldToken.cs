namespace JobTagger.Classifier.Skills;

/// <summary>A token of the posting text: where it is and its vocabulary id (-1 when no phrase or rule uses it).</summary>
internal readonly record struct FieldToken(int Start, int Length, int Id, bool AfterBreak);
