namespace JobTagger.Classifier.Roles;

/// <summary>One line of the training corpus. <see cref="IsTitle"/> marks job titles (they weigh more in a posting).</summary>
public sealed record LabelledStatement(string Label, string Text, bool IsTitle = false);
